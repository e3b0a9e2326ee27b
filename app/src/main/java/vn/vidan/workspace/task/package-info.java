/**
 * The task page ({@code /tasks/{taskId}}): a user task of any process with its Camunda Form (the same JSON Tasklist
 * renders, read from the engine) drawn on the server, its rules and the feature's answer checks applied before the
 * engine completes the task as the signed-in officer, and beside it the case's panel, the steps so far and comments.
 * Serves every process that has user tasks with Camunda Forms.
 */
package vn.vidan.workspace.task;
