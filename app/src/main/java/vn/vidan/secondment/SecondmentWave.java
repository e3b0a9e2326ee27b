package vn.vidan.secondment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A wave: its plan (period, target communes with quotas and focus tasks, source units) and where it stands. */
@Entity
@Table(name = "sec_wave")
class SecondmentWave {

	@Id
	private String code;

	private String name;

	@Column(name = "province_code")
	private String provinceCode;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	@Column(name = "report_every")
	private String reportEvery;

	@Enumerated(EnumType.STRING)
	private WaveStatus status;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "approved_by")
	private String approvedBy;

	@Column(name = "decision_number")
	private String decisionNumber;

	@Column(name = "signed_by")
	private String signedBy;

	@Column(name = "signed_at")
	private Instant signedAt;

	@Lob
	@Basic(fetch = FetchType.LAZY)
	@Column(name = "decision_pdf", length = 100_000_000)
	private byte[] decisionPdf;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "process_instance_id")
	private String processInstanceId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sec_wave_commune", joinColumns = @JoinColumn(name = "wave_code"))
	private List<Commune> communes = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sec_wave_source", joinColumns = @JoinColumn(name = "wave_code"))
	private List<Source> sources = new ArrayList<>();

	/** A target commune: how many officers it receives and what they should work on (comma-separated FocusTask names). */
	@Embeddable
	static class Commune {

		@Column(name = "unit_code")
		private String unitCode;

		private int quota;

		private String focus;

		protected Commune() {
		}

		Commune(String unitCode, int quota, List<FocusTask> focus) {
			this.unitCode = unitCode;
			this.quota = quota;
			this.focus = String.join(",", focus.stream().map(Enum::name).toList());
		}

		String unitCode() {
			return unitCode;
		}

		int quota() {
			return quota;
		}

		List<FocusTask> focus() {
			return focus.isBlank() ? List.of() : java.util.Arrays.stream(focus.split(",")).map(FocusTask::valueOf).toList();
		}

	}

	/** A unit that sends officers, and by when its head nominates them. */
	@Embeddable
	static class Source {

		@Column(name = "unit_code")
		private String unitCode;

		@Column(name = "nomination_due")
		private Instant nominationDue;

		protected Source() {
		}

		Source(String unitCode, Instant nominationDue) {
			this.unitCode = unitCode;
			this.nominationDue = nominationDue;
		}

		String unitCode() {
			return unitCode;
		}

		Instant nominationDue() {
			return nominationDue;
		}

	}

	protected SecondmentWave() {
	}

	SecondmentWave(String code, String provinceCode, String createdBy, Instant createdAt) {
		this.code = code;
		this.provinceCode = provinceCode;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.status = WaveStatus.DRAFT;
	}

	void plan(String name, LocalDate startDate, LocalDate endDate, String reportEvery, List<Commune> communes,
			List<Source> sources) {
		this.name = name;
		this.startDate = startDate;
		this.endDate = endDate;
		this.reportEvery = reportEvery;
		this.communes.clear();
		this.communes.addAll(communes);
		this.sources.clear();
		this.sources.addAll(sources);
	}

	void moveTo(WaveStatus status) {
		this.status = status;
	}

	void approve(String leader) {
		this.approvedBy = leader;
		this.status = WaveStatus.NOMINATING;
	}

	void sign(String director, String decisionNumber, Instant at) {
		this.signedBy = director;
		this.decisionNumber = decisionNumber;
		this.signedAt = at;
	}

	void issue(byte[] decisionPdf) {
		this.decisionPdf = decisionPdf;
		this.status = WaveStatus.DEPLOYED;
	}

	void close(Instant at) {
		this.closedAt = at;
		this.status = WaveStatus.CLOSED;
	}

	void started(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	String getProvinceCode() {
		return provinceCode;
	}

	LocalDate getStartDate() {
		return startDate;
	}

	LocalDate getEndDate() {
		return endDate;
	}

	String getReportEvery() {
		return reportEvery;
	}

	WaveStatus getStatus() {
		return status;
	}

	String getCreatedBy() {
		return createdBy;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	String getApprovedBy() {
		return approvedBy;
	}

	String getDecisionNumber() {
		return decisionNumber;
	}

	String getSignedBy() {
		return signedBy;
	}

	Instant getSignedAt() {
		return signedAt;
	}

	byte[] getDecisionPdf() {
		return decisionPdf;
	}

	Instant getClosedAt() {
		return closedAt;
	}

	List<Commune> getCommunes() {
		return List.copyOf(communes);
	}

	List<Source> getSources() {
		return List.copyOf(sources);
	}

	Period period() {
		return new Period(startDate, endDate);
	}

}
