package vn.vidan.inbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the projection from the engine at start-up when it is empty but the engine has open tasks: a database that
 * ran before the inbox existed. Reads through the public TaskService and RuntimeService, a page at a time.
 */
@Component
@Order(30)
class InboxRebuild implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InboxRebuild.class);

	private static final int PAGE = 200;

	private final JdbcTemplate jdbc;

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final InboxProjection projection;

	private final TransactionTemplate transaction;

	InboxRebuild(JdbcTemplate jdbc, TaskService tasks, RuntimeService runtime, InboxProjection projection,
			TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.runtime = runtime;
		this.projection = projection;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		// Whether a row exists, not how many: a count reads the whole index, and a start with many open cases waits on it.
		boolean empty = jdbc.queryForList("SELECT task_id FROM inbox_task LIMIT 1", String.class).isEmpty();
		if (empty && !tasks.createTaskQuery().listPage(0, 1).isEmpty()) {
			rebuild();
		}
	}

	/** Writes a row for every open task of the engine; returns how many. */
	int rebuild() {
		long started = System.nanoTime();
		int done = 0;
		for (int first = 0;; first += PAGE) {
			List<Task> page = tasks.createTaskQuery().orderByTaskId().asc().listPage(first, PAGE);
			if (page.isEmpty()) {
				break;
			}
			done += transaction.execute(status -> {
				Map<String, String> businessKeys = businessKeys(page);
				int written = 0;
				for (Task task : page) {
					if (task.getProcessInstanceId() == null) {
						continue;
					}
					jdbc.update("DELETE FROM inbox_candidate WHERE task_id = ?", task.getId());
					jdbc.update("DELETE FROM inbox_search_token WHERE task_id = ?", task.getId());
					projection.created(facts(task, businessKeys.get(task.getProcessInstanceId())), null);
					written++;
				}
				return written;
			});
			if (page.size() < PAGE) {
				break;
			}
		}
		log.info("Inbox projection rebuilt from the engine: {} open tasks in {} ms", done,
				(System.nanoTime() - started) / 1_000_000);
		return done;
	}

	private Map<String, String> businessKeys(List<Task> page) {
		Set<String> ids = new TreeSet<>();
		page.stream().map(Task::getProcessInstanceId).filter(id -> id != null).forEach(ids::add);
		Map<String, String> keys = new HashMap<>();
		if (!ids.isEmpty()) {
			for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(ids).list()) {
				keys.put(instance.getId(), instance.getBusinessKey());
			}
		}
		return keys;
	}

	private TaskFacts facts(Task task, String businessKey) {
		Set<String> groups = new TreeSet<>();
		Set<String> users = new TreeSet<>();
		for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
				if (link.getGroupId() != null) {
					groups.add(link.getGroupId());
				}
				if (link.getUserId() != null) {
					users.add(link.getUserId());
				}
			}
		}
		List<String> hints = new ArrayList<>();
		for (String name : new String[] { "communeCode", "unitCode" }) {
			Object value = runtime.getVariable(task.getExecutionId(), name);
			if (value instanceof String text) {
				hints.add(text);
			}
		}
		return new TaskFacts(task.getId(), task.getProcessInstanceId(),
				TaskFacts.processKey(task.getProcessDefinitionId()), task.getTaskDefinitionKey(), task.getName(),
				businessKey, task.getAssignee(), task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
				task.getDueDate() == null ? null : task.getDueDate().toInstant(), groups, users, hints);
	}

}
