package vn.vidan.process;

import java.util.Optional;

/**
 * A feature's cases as lists and task pages see them. One bean per feature (requests, tips, secondments), like
 * {@link TaskAnswerCheck}; the inbox asks the one that {@link #covers} a task's process.
 */
public interface CaseSummaries {

	/** Whether this feature's cases run in the process with this key. */
	boolean covers(String processDefinitionKey);

	/** The case with this business key, if it exists. */
	Optional<CaseSummary> summary(String businessKey);

}
