package vn.vidan.secondment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import vn.vidan.org.SecondmentGrants;
import vn.vidan.process.EngineClock;
import vn.vidan.process.ProcessBean;
import vn.vidan.processes.secondment.SecondmentTermProcess.Vars;

/** Opening and closing the commune's work to the seconded officer, for the term. */
final class CommuneAccess {

	private CommuneAccess() {
	}

	/** The holder's access to the commune closes now, and the assignment ends as {@code how}. */
	private static void withdraw(Terms terms, SecondmentGrants grants, DelegateExecution execution,
			AssignmentStatus how, String reason) {
		SecondmentAssignment assignment = terms.assignment((String) execution.getVariable(Vars.ASSIGNMENT_ID));
		grants.revoke(assignment.getUsername(), assignment.getCommuneCode(), assignment.getWaveCode(), EngineClock.now());
		assignment.end(how, reason, EngineClock.now());
	}

	/** {@code ServiceTask_GrantCommuneAccess}: from the confirmed arrival to the wave's end. */
	@ProcessBean("grantCommuneAccessDelegate")
	static class GrantCommuneAccessDelegate implements JavaDelegate {

		private final Terms terms;

		private final Waves waves;

		private final SecondmentGrants grants;

		GrantCommuneAccessDelegate(Terms terms, Waves waves, SecondmentGrants grants) {
			this.terms = terms;
			this.waves = waves;
			this.grants = grants;
		}

		@Override
		public void execute(DelegateExecution execution) {
			SecondmentAssignment assignment = terms.assignment((String) execution.getVariable(Vars.ASSIGNMENT_ID));
			grants.grant(assignment.getUsername(), assignment.getCommuneCode(), assignment.getWaveCode(),
					EngineClock.now(), waves.endOf(waves.find(assignment.getWaveCode())));
		}

	}

	/** {@code ServiceTask_RevokeCommuneAccess}: the term is over (timer); the officer served it to the end. */
	@ProcessBean("revokeCommuneAccessDelegate")
	static class RevokeCommuneAccessDelegate implements JavaDelegate {

		private final Terms terms;

		private final SecondmentGrants grants;

		RevokeCommuneAccessDelegate(Terms terms, SecondmentGrants grants) {
			this.terms = terms;
			this.grants = grants;
		}

		@Override
		public void execute(DelegateExecution execution) {
			withdraw(terms, grants, execution, AssignmentStatus.COMPLETED, null);
		}

	}

	/** {@code ServiceTask_EndTermEarly}: illness or recall; access closes now and the place waits for a replacement. */
	@ProcessBean("endTermEarlyDelegate")
	static class EndTermEarlyDelegate implements JavaDelegate {

		private final Terms terms;

		private final SecondmentGrants grants;

		EndTermEarlyDelegate(Terms terms, SecondmentGrants grants) {
			this.terms = terms;
			this.grants = grants;
		}

		@Override
		public void execute(DelegateExecution execution) {
			Object reason = execution.getVariable("endReason");
			withdraw(terms, grants, execution, AssignmentStatus.ENDED_EARLY, reason == null ? null : reason.toString());
			execution.removeVariable("endReason");
		}

	}

}
