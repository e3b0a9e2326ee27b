/**
 * Task inboxes. Each unit gets a Tasklist filter over its groups' tasks, readable by its members; everyone gets
 * "assigned to me" and "waiting for me to claim". Serves every process.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inbox")
package vn.vidan.inbox;
