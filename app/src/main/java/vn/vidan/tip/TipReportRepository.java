package vn.vidan.tip;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TipReportRepository extends JpaRepository<TipReport, String> {

	Optional<TipReport> findByTrackingCode(String trackingCode);

	List<TipReport> findByUnitCodeInOrderByReceivedAtDesc(List<String> unitCodes);

}
