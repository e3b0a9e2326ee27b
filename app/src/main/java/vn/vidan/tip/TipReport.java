package vn.vidan.tip;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A tip, keyed by its reference (also the process business key). Holds what officers need to work it; whether the
 * reporter left contact details is a flag here, the details themselves are in the {@link ReporterVault}.
 */
@Entity
@Table(name = "tip_report")
class TipReport {

	@Id
	private String reference;

	@Column(name = "tracking_code")
	private String trackingCode;

	@Column(name = "secret_hash")
	private String secretHash;

	@Column(name = "unit_code")
	private String unitCode;

	@Enumerated(EnumType.STRING)
	private TipChannel channel;

	@Enumerated(EnumType.STRING)
	@Column(name = "suggested_category")
	private TipCategory suggestedCategory;

	@Enumerated(EnumType.STRING)
	private Urgency urgency;

	@Enumerated(EnumType.STRING)
	private TipCategory category;

	@Enumerated(EnumType.STRING)
	private TipStatus status;

	@Column(name = "incident_at")
	private Instant incidentAt;

	@Column(name = "incident_address")
	private String incidentAddress;

	private String description;

	private boolean anonymous;

	@Column(name = "reporter_reachable")
	private boolean reporterReachable;

	@Column(name = "received_at")
	private Instant receivedAt;

	@Column(name = "received_by")
	private String receivedBy;

	@Column(name = "referred_by_unit")
	private String referredByUnit;

	@Column(name = "process_instance_id")
	private String processInstanceId;

	@Column(name = "triage_due")
	private Instant triageDue;

	@Column(name = "handling_due")
	private Instant handlingDue;

	private String handler;

	@Column(name = "duplicate_of")
	private String duplicateOf;

	@Column(name = "violation_record_no")
	private String violationRecordNo;

	@Column(name = "penalty_decision_no")
	private String penaltyDecisionNo;

	@Column(name = "penalty_amount")
	private Long penaltyAmount;

	@Column(name = "mediation_outcome")
	private String mediationOutcome;

	@Column(name = "forward_agency")
	private String forwardAgency;

	@Column(name = "receiving_unit_code")
	private String receivingUnitCode;

	@Column(name = "handover_record_no")
	private String handoverRecordNo;

	@Column(name = "transferred_at")
	private Instant transferredAt;

	@Column(name = "acknowledged_at")
	private Instant acknowledgedAt;

	@Column(name = "acknowledged_by")
	private String acknowledgedBy;

	@Column(name = "investigation_case")
	private String investigationCase;

	private String conclusion;

	@Column(name = "approved_by")
	private String approvedBy;

	@Column(name = "approved_at")
	private Instant approvedAt;

	private int breaches;

	@Column(name = "closed_at")
	private Instant closedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "tip_event", joinColumns = @JoinColumn(name = "reference"))
	@OrderColumn(name = "seq")
	private List<TipEvent> events = new ArrayList<>();

	protected TipReport() {
	}

	TipReport(String reference, String trackingCode, String secretHash, TipIntake.Report report, TipChannel channel,
			boolean anonymous, boolean reporterReachable, Instant receivedAt, String receivedBy) {
		this.reference = reference;
		this.trackingCode = trackingCode;
		this.secretHash = secretHash;
		this.unitCode = report.unitCode();
		this.channel = channel;
		this.suggestedCategory = report.suggestedCategory() == null ? TipCategory.UNKNOWN : report.suggestedCategory();
		this.urgency = report.urgency() == null ? Urgency.ORDINARY : report.urgency();
		this.incidentAt = report.incidentAt().toInstant();
		this.incidentAddress = report.incidentAddress().trim();
		this.description = report.description().trim();
		this.referredByUnit = report.referredByUnit();
		this.anonymous = anonymous;
		this.reporterReachable = reporterReachable;
		this.receivedAt = receivedAt;
		this.receivedBy = receivedBy;
		this.status = TipStatus.RECEIVED;
		record(receivedAt, receivedBy == null ? "cổng trực tuyến" : receivedBy, "RECEIVED", channel.label());
	}

	void record(Instant at, String actor, String kind, String note) {
		events.add(new TipEvent(at, actor, kind, status, note));
	}

	void moveTo(TipStatus next, Instant at, String actor, String kind, String note) {
		this.status = next;
		record(at, actor, kind, note);
	}

	/** What the reporter is told once the tip is closed. */
	String result() {
		if (status != TipStatus.CLOSED && status != TipStatus.TRANSFERRED) {
			return null;
		}
		return switch (category == null ? TipCategory.UNKNOWN : category) {
			case CRIME -> "Đã chuyển Cơ quan điều tra có thẩm quyền để giải quyết theo quy định.";
			case ADMINISTRATIVE_VIOLATION -> violationRecordNo != null
					? "Đã xác minh, lập biên bản và xử phạt vi phạm hành chính."
					: "Đã xác minh, không phát hiện vi phạm hành chính.";
			case CIVIL_DISPUTE -> "RECONCILED".equals(mediationOutcome) ? "Các bên đã hòa giải thành."
					: "Hòa giải không thành; các bên đã được hướng dẫn khởi kiện tại Tòa án.";
			case PUBLIC_ORDER -> "Công an khu vực đã xử lý nội dung phản ánh.";
			case OUTSIDE_COMPETENCE -> "Nội dung không thuộc thẩm quyền của Công an, đã được chuyển đến " + forwardAgency
					+ ".";
			case DUPLICATE -> "Trùng với tin báo đã tiếp nhận trước đó; được giải quyết cùng tin báo đó.";
			case UNKNOWN -> null;
		};
	}

	void triage(TipCategory category, String duplicateOf) {
		this.category = category;
		this.duplicateOf = duplicateOf;
	}

	void schedule(Instant triageDue, Instant handlingDue) {
		if (triageDue != null) {
			this.triageDue = triageDue;
		}
		if (handlingDue != null) {
			this.handlingDue = handlingDue;
		}
	}

	void assign(String handler) {
		this.handler = handler;
	}

	void conclude(String conclusion) {
		this.conclusion = conclusion;
	}

	void recordViolation(String recordNo, String decisionNo, long amount) {
		this.violationRecordNo = recordNo;
		this.penaltyDecisionNo = decisionNo;
		this.penaltyAmount = amount;
	}

	void mediated(String outcome) {
		this.mediationOutcome = outcome;
	}

	void forwardTo(String agency) {
		this.forwardAgency = agency;
	}

	void approve(String leader, Instant at) {
		this.approvedBy = leader;
		this.approvedAt = at;
	}

	void transfer(String receivingUnitCode, String handoverRecordNo, Instant at) {
		this.receivingUnitCode = receivingUnitCode;
		this.handoverRecordNo = handoverRecordNo;
		this.transferredAt = at;
	}

	void acknowledge(String by, String caseNumber, Instant at) {
		this.acknowledgedBy = by;
		this.investigationCase = caseNumber;
		this.acknowledgedAt = at;
	}

	void breached() {
		this.breaches++;
	}

	void close(Instant at) {
		this.closedAt = at;
	}

	void started(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	String getReference() {
		return reference;
	}

	String getTrackingCode() {
		return trackingCode;
	}

	String getSecretHash() {
		return secretHash;
	}

	String getUnitCode() {
		return unitCode;
	}

	TipChannel getChannel() {
		return channel;
	}

	TipCategory getSuggestedCategory() {
		return suggestedCategory;
	}

	Urgency getUrgency() {
		return urgency;
	}

	TipCategory getCategory() {
		return category;
	}

	TipStatus getStatus() {
		return status;
	}

	Instant getIncidentAt() {
		return incidentAt;
	}

	String getIncidentAddress() {
		return incidentAddress;
	}

	String getDescription() {
		return description;
	}

	boolean isAnonymous() {
		return anonymous;
	}

	boolean isReporterReachable() {
		return reporterReachable;
	}

	Instant getReceivedAt() {
		return receivedAt;
	}

	String getReceivedBy() {
		return receivedBy;
	}

	String getReferredByUnit() {
		return referredByUnit;
	}

	Instant getTriageDue() {
		return triageDue;
	}

	Instant getHandlingDue() {
		return handlingDue;
	}

	String getHandler() {
		return handler;
	}

	String getDuplicateOf() {
		return duplicateOf;
	}

	String getViolationRecordNo() {
		return violationRecordNo;
	}

	String getPenaltyDecisionNo() {
		return penaltyDecisionNo;
	}

	Long getPenaltyAmount() {
		return penaltyAmount;
	}

	String getMediationOutcome() {
		return mediationOutcome;
	}

	String getForwardAgency() {
		return forwardAgency;
	}

	String getReceivingUnitCode() {
		return receivingUnitCode;
	}

	String getHandoverRecordNo() {
		return handoverRecordNo;
	}

	Instant getTransferredAt() {
		return transferredAt;
	}

	Instant getAcknowledgedAt() {
		return acknowledgedAt;
	}

	String getAcknowledgedBy() {
		return acknowledgedBy;
	}

	String getInvestigationCase() {
		return investigationCase;
	}

	String getConclusion() {
		return conclusion;
	}

	String getApprovedBy() {
		return approvedBy;
	}

	Instant getApprovedAt() {
		return approvedAt;
	}

	int getBreaches() {
		return breaches;
	}

	Instant getClosedAt() {
		return closedAt;
	}

	List<TipEvent> getEvents() {
		return List.copyOf(events);
	}

}
