package vn.vidan.inbox;

import java.time.Instant;

import vn.vidan.process.CaseType;

/**
 * One task as the inbox shows it, with its case's summary.
 * @param caseType null for a process no feature describes
 * @param due the task's due time, null when it has none
 */
public record InboxRow(String taskId, String processInstanceId, String processKey, String taskKey, String taskName,
		CaseType caseType, String caseCode, String subject, String procedureCode, String channel, String caseStatus,
		String caseUnit, String unitCode, String assignee, Instant assignedAt, String assignedBy, Instant createdAt,
		Instant due, Instant statutoryDue, boolean open, Instant completedAt, String completedBy) {

	/** The case's page in the workspace, or null for a process without a case. */
	public String casePage() {
		return caseType == null ? null : caseType.page(caseCode);
	}

	/** Assigned to {@code username} by someone else after {@code seenAt}: the badge counts it. */
	public boolean isNewFor(String username, Instant seenAt) {
		return open && username.equals(assignee) && assignedAt != null && (seenAt == null || assignedAt.isAfter(seenAt))
				&& !username.equals(assignedBy);
	}

}
