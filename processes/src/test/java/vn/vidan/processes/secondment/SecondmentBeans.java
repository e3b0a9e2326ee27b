package vn.vidan.processes.secondment;

import java.util.Date;
import java.util.List;

/** The methods both secondment models call on the app's {@code secondments} bean, for mocking. */
interface SecondmentBeans {

	List<String> sourceUnits(String waveCode);

	Date nominationDue(String waveCode, String sourceUnitCode);

	List<String> supervisorGroups(String assignmentId);

	List<String> pendingReleases(String waveCode);

	int refusedReleases(String waveCode);

	List<String> places(String waveCode);

	Date arrivalDue(String assignmentId);

	String officer(String assignmentId);

	Date nextReportAt(String assignmentId);

	Date reportDue(String assignmentId);

	Date reportEscalationAt(String assignmentId);

	boolean moreReports(String assignmentId);

	Date termEnd(String waveCode);

	boolean commendationProposed(String assignmentId);

	/** The routing bean. */
	interface Routing {

		List<String> groups(String unitCode, String role);

		List<String> users(String unitCode, String role);

	}

}
