package vn.vidan.design;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import vn.vidan.process.EngineClock;
import vn.vidan.web.ProblemException;

/**
 * Moves running cases to a new version of their process with Camunda's migration: a plan generated where activity
 * ids match and edited where they do not, a dry run that lists every case that cannot move and why before anything
 * changes, and the move itself as a Camunda batch (jobs of a few cases each, so thousands do not time out) whose
 * failures are reported. Timers and due dates are kept as they were ({@code updateEventTrigger} off), and case data
 * stays in Vidan's tables, untouched.
 */
@Service
class Migrations {

	/** One mapping of the plan: an activity of the running version to one of the new. */
	record Instruction(@NotBlank @Size(max = 255) String source, @Size(max = 255) String target) {
	}

	/** What is asked: from which version to which, and the designer's own mappings (over the generated ones). */
	record Request(@NotBlank @Size(max = 64) String sourceDefinitionId,
			@NotBlank @Size(max = 64) String targetDefinitionId,
			@Size(max = 1000) List<@NotNull @Valid Instruction> instructions) {

		Request {
			instructions = instructions == null ? List.of() : List.copyOf(instructions);
		}

	}

	/** A case that cannot move, and why: the step it sits in has no counterpart in the new version. */
	record Blocked(String processInstanceId, String businessKey, String activityId, String activityName) {
	}

	record DryRun(List<Instruction> instructions, int migratable, List<Blocked> blocked) {
	}

	record Started(String batchId, int instances, List<Blocked> skipped) {
	}

	record Progress(String batchId, int totalJobs, int completedJobs, int failedJobs, boolean finished,
			List<String> failures) {
	}

	private final RuntimeService runtime;

	private final RepositoryService repository;

	private final ManagementService management;

	private final JdbcTemplate jdbc;

	Migrations(RuntimeService runtime, RepositoryService repository, ManagementService management,
			JdbcTemplate jdbc) {
		this.runtime = runtime;
		this.repository = repository;
		this.management = management;
		this.jdbc = jdbc;
	}

	DryRun dryRun(Request request) {
		MigrationPlan plan = plan(request);
		Sorted sorted = sort(plan, request.sourceDefinitionId());
		return new DryRun(instructions(plan), sorted.movable().size(), sorted.blocked());
	}

	Started start(Request request, String designer) {
		MigrationPlan plan = plan(request);
		Sorted sorted = sort(plan, request.sourceDefinitionId());
		List<String> ids = sorted.movable();
		if (ids.isEmpty()) {
			throw new ProblemException(HttpStatus.CONFLICT, "design.nothingToMigrate");
		}
		Batch batch = runtime.newMigration(plan).processInstanceIds(ids).executeAsync();
		jdbc.update("INSERT INTO design_migration (batch_id, process_key, source_definition_id, target_definition_id,"
				+ " instances, skipped, started_by, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", batch.getId(),
				definition(request.sourceDefinitionId()).getKey(), request.sourceDefinitionId(),
				request.targetDefinitionId(), ids.size(), sorted.blocked().size(), designer,
				Timestamp.from(EngineClock.now()));
		return new Started(batch.getId(), ids.size(), sorted.blocked());
	}

	/**
	 * The running cases of a version, sorted into those the plan can move (their ids) and those it cannot, each with
	 * the first of its activity instances (a task, a wait, a sub-process scope) the plan does not map: Camunda refuses
	 * such a case, and the dry run says so before anything runs.
	 */
	private record Sorted(List<String> movable, List<Blocked> blocked) {
	}

	private Sorted sort(MigrationPlan plan, String definitionId) {
		Set<String> mapped = new HashSet<>();
		plan.getInstructions().forEach(instruction -> mapped.add(instruction.getSourceActivityId()));
		List<String> movable = new ArrayList<>();
		List<Blocked> blocked = new ArrayList<>();
		for (ProcessInstance instance : runtime.createProcessInstanceQuery()
			.processDefinitionId(definitionId)
			.active()
			.list()) {
			ActivityInstance tree = runtime.getActivityInstance(instance.getId());
			String unmapped = tree == null ? null : unmapped(tree, mapped);
			if (unmapped == null) {
				movable.add(instance.getId());
			}
			else {
				FlowElement element = repository.getBpmnModelInstance(definitionId).getModelElementById(unmapped);
				blocked.add(new Blocked(instance.getId(), instance.getBusinessKey(), unmapped,
						element == null ? unmapped : element.getName()));
			}
		}
		return new Sorted(movable, blocked);
	}

	Progress progress(String batchId) {
		BatchStatistics running = management.createBatchStatisticsQuery().batchId(batchId).singleResult();
		if (running != null) {
			List<String> failures = new ArrayList<>();
			for (Job job : management.createJobQuery()
				.jobDefinitionId(running.getBatchJobDefinitionId())
				.noRetriesLeft()
				.list()) {
				failures.add(job.getExceptionMessage());
			}
			return new Progress(batchId, running.getTotalJobs(), running.getCompletedJobs(),
					running.getFailedJobs(), false, failures);
		}
		// Camunda deletes a batch when its last job succeeded (a failed job keeps it): gone means done.
		List<Integer> started = jdbc.queryForList("SELECT instances FROM design_migration WHERE batch_id = ?",
				Integer.class, batchId);
		if (started.isEmpty()) {
			throw new ProblemException(HttpStatus.NOT_FOUND, "design.unknownMigration");
		}
		return new Progress(batchId, started.get(0), started.get(0), 0, true, List.of());
	}

	/** The generated plan (equal ids), with the designer's mappings in place of generated ones for the same source. */
	private MigrationPlan plan(Request request) {
		ProcessDefinition source = definition(request.sourceDefinitionId());
		ProcessDefinition target = definition(request.targetDefinitionId());
		if (!source.getKey().equals(target.getKey()) || source.getId().equals(target.getId())) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "design.versionsOfOneProcess");
		}
		Map<String, String> mappings = new LinkedHashMap<>();
		for (MigrationInstruction generated : runtime.createMigrationPlan(source.getId(), target.getId())
			.mapEqualActivities()
			.build()
			.getInstructions()) {
			mappings.put(generated.getSourceActivityId(), generated.getTargetActivityId());
		}
		for (Instruction edited : request.instructions()) {
			if (edited.source() == null || edited.source().isBlank()) {
				throw new ProblemException(HttpStatus.BAD_REQUEST, "design.instructionIncomplete");
			}
			if (edited.target() == null || edited.target().isBlank()) {
				mappings.remove(edited.source());
			}
			else {
				mappings.put(edited.source(), edited.target());
			}
		}
		MigrationPlanBuilder builder = runtime.createMigrationPlan(source.getId(), target.getId());
		mappings.forEach(builder::mapActivities);
		try {
			return builder.build();
		}
		catch (MigrationPlanValidationException invalid) {
			List<String> reasons = new ArrayList<>();
			for (MigrationInstructionValidationReport report : invalid.getValidationReport().getInstructionReports()) {
				reasons.add(report.getMigrationInstruction().getSourceActivityId() + " → "
						+ report.getMigrationInstruction().getTargetActivityId() + ": "
						+ String.join("; ", report.getFailures()));
			}
			ProblemException problem = new ProblemException(HttpStatus.BAD_REQUEST, "design.planInvalid",
					reasons.size());
			problem.getBody().setProperty("instructions", reasons);
			throw problem;
		}
	}

	private ProcessDefinition definition(String id) {
		if (id == null || id.isBlank()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "design.versionMissing");
		}
		ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
		if (definition == null) {
			throw new ProblemException(HttpStatus.NOT_FOUND, "design.unknownVersion");
		}
		return definition;
	}

	private static String unmapped(ActivityInstance scope, Set<String> mapped) {
		for (ActivityInstance child : scope.getChildActivityInstances()) {
			if (!mapped.contains(child.getActivityId())) {
				return child.getActivityId();
			}
			String below = unmapped(child, mapped);
			if (below != null) {
				return below;
			}
		}
		for (TransitionInstance transition : scope.getChildTransitionInstances()) {
			if (!mapped.contains(transition.getActivityId())) {
				return transition.getActivityId();
			}
		}
		return null;
	}

	private static List<Instruction> instructions(MigrationPlan plan) {
		return plan.getInstructions()
			.stream()
			.map(instruction -> new Instruction(instruction.getSourceActivityId(), instruction.getTargetActivityId()))
			.toList();
	}

}
