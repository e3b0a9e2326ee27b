package vn.vidan.workspace.task;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import vn.vidan.process.CaseSummary;

/**
 * An open user task with what its page needs.
 * @param id the task's id
 * @param name the step's name ("Kiểm tra tính đầy đủ của hồ sơ")
 * @param taskKey the task's definition key
 * @param assignee who works it now, or null
 * @param due its due date, or null
 * @param processInstanceId its process instance
 * @param processKey its process's key
 * @param processName its process's name
 * @param businessKey the case's code (the process's business key)
 * @param summary the case as its feature shows it, when a feature covers the process
 * @param unitCode the unit that owns the case, or null
 * @param form the step's Camunda Form, or null when the step has none
 * @param variables the values the task sees (objects Vidan cannot read are left out)
 */
public record OpenTask(String id, String name, String taskKey, String assignee, Instant due, String processInstanceId,
		String processKey, String processName, String businessKey, Optional<CaseSummary> summary, String unitCode,
		CamundaForm form, Map<String, Object> variables) {

	/** The case's code: the summary's, else the business key. */
	public String caseCode() {
		return summary.map(CaseSummary::code).orElse(businessKey);
	}

	/** The case's page in the workspace, when a feature covers the process. */
	public String casePage() {
		return summary.map(CaseSummary::page).orElse(null);
	}

	public boolean assignedTo(String username) {
		return username != null && username.equals(assignee);
	}

}
