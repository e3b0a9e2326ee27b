package vn.vidan.process;

import java.time.Instant;

/**
 * A user task of a case's processes, as its case page lists it: open (with a link to work it) or done (who and when).
 * @param id the Camunda task id (the task page is {@code /tasks/{id}})
 * @param key the task definition key ({@code Task_VerifyDossier}), for the step's name in the person's language
 * @param name the step's name in the model, when no translation exists
 * @param assignee who holds it (open) or held it when it ended (done); null when nobody claimed it
 * @param created when it was created
 * @param due when it is due, if ever
 * @param ended when it ended; null while open
 * @param completed whether it ended by being done (not cancelled by a timer, a withdrawal or the end of the case)
 */
public record CaseTask(String id, String key, String name, String assignee, Instant created, Instant due,
		Instant ended, boolean completed) {

	public boolean open() {
		return ended == null;
	}

	/** The message key of the step's name in the case pages' bundle. */
	public String messageKey() {
		return "case.step." + key;
	}

}
