package vn.vidan.process;

/** Camunda groups every module relies on, beside the per-unit groups the directory defines. */
public final class CamundaGroups {

	/** Every person who may sign in; carries access to Tasklist and the personal filters. */
	public static final String EVERYONE = "vidan-users";

	private CamundaGroups() {
	}

}
