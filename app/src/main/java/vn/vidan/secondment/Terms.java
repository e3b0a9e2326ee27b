package vn.vidan.secondment;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vidan.process.EngineClock;
import vn.vidan.web.ProblemException;

/**
 * The term of one officer in one commune: when reports fall due, what the officer has filed. Reports fall due every
 * {@code reportEvery} from the arrival, the last one the day before the wave ends.
 */
@Service
class Terms {

	private final AssignmentRepository assignments;

	private final ActivityReportRepository reports;

	private final Waves waves;

	private final SecondmentSettings settings;

	Terms(AssignmentRepository assignments, ActivityReportRepository reports, Waves waves, SecondmentSettings settings) {
		this.assignments = assignments;
		this.reports = reports;
		this.waves = waves;
		this.settings = settings;
	}

	@Transactional(readOnly = true)
	SecondmentAssignment assignment(String id) {
		return assignments.findById(id)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "secondment.unknownAssignment", id));
	}

	/** The ends of the report periods of this assignment's term. */
	List<Instant> periodEnds(SecondmentAssignment assignment) {
		SecondmentWave wave = waves.find(assignment.getWaveCode());
		Instant lastDay = waves.endOf(wave).minus(java.time.Duration.ofDays(1));
		Instant from = assignment.getArrivedAt() == null ? waves.startOf(wave) : assignment.getArrivedAt();
		java.time.Period cadence = java.time.Period.parse(wave.getReportEvery());
		List<Instant> ends = new ArrayList<>();
		ZonedDateTime next = from.atZone(waves.zone()).plus(cadence);
		while (next.toInstant().isBefore(lastDay)) {
			ends.add(next.toInstant());
			next = next.plus(cadence);
		}
		if (lastDay.isAfter(from)) {
			ends.add(lastDay);
		}
		return ends;
	}

	int filed(String assignmentId) {
		return reports.findByAssignmentIdOrderByPeriodNo(assignmentId).size();
	}

	boolean moreReports(String assignmentId) {
		return filed(assignmentId) < periodEnds(assignment(assignmentId)).size();
	}

	Instant nextReportAt(String assignmentId) {
		List<Instant> ends = periodEnds(assignment(assignmentId));
		int filed = filed(assignmentId);
		return ends.isEmpty() ? EngineClock.now() : ends.get(Math.min(filed, ends.size() - 1));
	}

	Instant reportDue(String assignmentId) {
		return nextReportAt(assignmentId).plus(settings.reportGrace());
	}

	Instant reportEscalationAt(String assignmentId) {
		return nextReportAt(assignmentId).plus(settings.reportEscalation());
	}

	/** The assignment holding a place now: released and waiting, or serving. */
	SecondmentAssignment holderOf(String placeId) {
		return assignments
			.findFirstByPlaceIdAndStatusIn(placeId,
					EnumSet.of(AssignmentStatus.CONFIRMED, AssignmentStatus.RELEASED, AssignmentStatus.SERVING))
			.orElseThrow(() -> new IllegalStateException("Place " + placeId + " has no holder"));
	}

}
