package vn.vidan.design;

import java.util.List;

import vn.vidan.process.DeploymentRules.Problem;

/** A deployment with problems: nothing was deployed. */
class DeploymentRefused extends RuntimeException {

	private final transient List<Problem> problems;

	DeploymentRefused(List<Problem> problems) {
		super(problems.size() + " problems");
		this.problems = List.copyOf(problems);
	}

	List<Problem> problems() {
		return problems;
	}

}
