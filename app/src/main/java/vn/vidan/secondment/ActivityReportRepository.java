package vn.vidan.secondment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityReportRepository extends JpaRepository<ActivityReport, String> {

	List<ActivityReport> findByAssignmentIdOrderByPeriodNo(String assignmentId);

	List<ActivityReport> findByAssignmentIdInAndConfirmedAtIsNotNull(Collection<String> assignmentIds);

}
