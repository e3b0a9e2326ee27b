package vn.vidan.process;

/** Camunda groups every module relies on, beside the per-unit groups the directory defines. */
public final class CamundaGroups {

	/** Every person who may sign in; carries access to Tasklist and the personal filters. */
	public static final String EVERYONE = "vidan-users";

	/** People with the process designer role: deploy BPMN, DMN and forms, and see them in Cockpit. */
	public static final String PROCESS_DESIGNERS = "vidan-process-designers";

	/** How a Keycloak token's units (its Camunda groups) appear among the person's authorities. */
	public static final String TOKEN_GROUP_PREFIX = "GROUP_";

	private CamundaGroups() {
	}

}
