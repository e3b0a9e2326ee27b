package vn.vidan.request;

import java.util.List;

/** A catalogue entry as the API shows it. */
record ProcedureView(String code, String name, TimeUnit timeUnit, int timeAmount, String statutoryDuration,
		String decidingRole, int feeVnd, boolean resultByPost, boolean active, List<DocumentView> documents) {

	static ProcedureView of(Procedure procedure) {
		return new ProcedureView(procedure.getCode(), procedure.getName(), procedure.getTimeUnit(),
				procedure.getTimeAmount(), procedure.statutoryDuration(), procedure.getDecidingRole(),
				procedure.getFeeVnd(), procedure.isResultByPost(), procedure.isActive(),
				procedure.getDocuments()
					.stream()
					.map(document -> new DocumentView(document.getCode(), document.getName(), document.isRequired()))
					.toList());
	}

	record DocumentView(String code, String name, boolean required) {
	}

}
