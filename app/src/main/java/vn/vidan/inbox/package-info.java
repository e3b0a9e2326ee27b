/**
 * The officers' inbox. A read model of every user task ({@code inbox_task}, its candidates and search tokens) kept
 * current by task listeners in the engine's own transaction ({@link vn.vidan.inbox.InboxEnginePlugin}); the lists,
 * counts and search of {@code /inbox} read it in one SQL statement each with the authorization inside
 * ({@link vn.vidan.inbox.InboxQuery}); claim, hand back and assign, one or many ({@link vn.vidan.inbox.InboxActions}),
 * under the rule that a task goes only to someone whose unit scope covers its unit, also on Camunda's REST API and in
 * the engine. Beside it, each unit's Tasklist filter, readable by its members, and "assigned to me" and "waiting for me
 * to claim" for everyone. Serves every process.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inbox")
package vn.vidan.inbox;
