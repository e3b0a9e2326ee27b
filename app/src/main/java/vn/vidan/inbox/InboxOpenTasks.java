package vn.vidan.inbox;

import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import vn.vidan.process.OpenTasks;

/**
 * The process module's view of open tasks, from the inbox's projection: a task the person may take or holds in
 * their lists ({@link InboxQuery#visibleRow}: theirs, or offered to them or one of their groups in their units; an
 * administrator any) is one they may work on, a leader counting as an officer ({@link Viewers#worker}). One indexed
 * statement; the person's groups come from memory.
 */
@Component
class InboxOpenTasks implements OpenTasks {

	/**
	 * A process definition id without its key (Camunda's id when {@code key:version:uuid} would not fit): the
	 * projection's process key is then this id, not the key.
	 */
	private static final Pattern BARE_DEFINITION_ID = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final InboxQuery query;

	private final Viewers viewers;

	InboxOpenTasks(InboxQuery query, Viewers viewers) {
		this.query = query;
		this.viewers = viewers;
	}

	@Override
	public Optional<OpenTask> workable(String taskId, Authentication person) {
		return query.visibleRow(viewers.worker(person), taskId)
			.filter(row -> row.open() && !BARE_DEFINITION_ID.matcher(row.processKey()).matches())
			// A row with a case type took its case code from the case found by the business key; without one the
			// code may be the process instance's id.
			.map(row -> new OpenTask(row.taskId(), row.processInstanceId(), row.processKey(), row.taskKey(),
					row.caseType() == null ? null : row.caseCode()));
	}

}
