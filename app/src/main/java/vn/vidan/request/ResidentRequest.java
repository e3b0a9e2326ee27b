package vn.vidan.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import vn.vidan.calendar.ServiceWindowKind;

/** A resident's dossier, keyed by its receipt code. */
@Entity
@Table(name = "req_request")
public class ResidentRequest {

	@Id
	@Column(name = "receipt_code")
	private String receiptCode;

	@Column(name = "procedure_code")
	private String procedureCode;

	@Column(name = "unit_code")
	private String unitCode;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Enumerated(EnumType.STRING)
	@Column(name = "service_window")
	private ServiceWindowKind serviceWindow;

	@Enumerated(EnumType.STRING)
	private RequestStatus status;

	@Column(name = "applicant_name")
	private String applicantName;

	@Column(name = "applicant_id")
	private String applicantId;

	@Column(name = "applicant_phone")
	private String applicantPhone;

	@Column(name = "applicant_address")
	private String applicantAddress;

	@Column(name = "representative_name")
	private String representativeName;

	@Column(name = "representative_id")
	private String representativeId;

	@Column(name = "received_at")
	private Instant receivedAt;

	@Column(name = "appointment_at")
	private Instant appointmentAt;

	@Column(name = "received_by")
	private String receivedBy;

	@Column(name = "process_instance_id")
	private String processInstanceId;

	@Column(name = "statutory_minutes")
	private int statutoryMinutes;

	/** When the statutory clock last started; null while it is paused or stopped. */
	@Column(name = "clock_started_at")
	private Instant clockStartedAt;

	/** Working minutes used before the clock last paused. */
	@Column(name = "minutes_used")
	private int minutesUsed;

	@Column(name = "missing_documents")
	private String missingDocuments;

	@Column(name = "apology_issued_at")
	private Instant apologyIssuedAt;

	/** The appointment an apology letter replaced. */
	@Column(name = "apology_old_date")
	private Instant apologyOldDate;

	@Column(name = "refusal_reason")
	private String refusalReason;

	@Column(name = "hand_over_method")
	private String handOverMethod;

	@Column(name = "tracking_number")
	private String trackingNumber;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Enumerated(EnumType.STRING)
	private Timeliness timeliness;

	private Integer rating;

	@Column(name = "rating_comment")
	private String ratingComment;

	@Column(name = "rated_at")
	private Instant ratedAt;

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "receipt_code", insertable = false, updatable = false)
	@OrderBy("seq")
	private List<StatusChange> history = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "receipt_code", insertable = false, updatable = false)
	private List<RequestDocument> documents = new ArrayList<>();

	protected ResidentRequest() {
	}

	ResidentRequest(String receiptCode, Procedure procedure, String unitCode, Channel channel,
			ServiceWindowKind serviceWindow, Applicant applicant, Instant receivedAt, Instant appointmentAt,
			int statutoryMinutes, String receivedBy) {
		this.receiptCode = receiptCode;
		this.procedureCode = procedure.getCode();
		this.unitCode = unitCode;
		this.channel = channel;
		this.serviceWindow = serviceWindow;
		this.applicantName = applicant.fullName().trim();
		this.applicantId = applicant.personalId();
		this.applicantPhone = applicant.phone();
		this.applicantAddress = applicant.address().trim();
		if (applicant.representative() != null) {
			this.representativeName = applicant.representative().fullName().trim();
			this.representativeId = applicant.representative().personalId();
		}
		this.receivedAt = receivedAt;
		this.appointmentAt = appointmentAt;
		this.receivedBy = receivedBy;
		this.statutoryMinutes = statutoryMinutes;
		this.clockStartedAt = receivedAt;
		changeStatus(RequestStatus.RECEIVED, receivedAt, receivedBy, "Tiếp nhận " + channel.recordedAs());
	}

	void changeStatus(RequestStatus status, Instant at, String by, String note) {
		this.status = status;
		history.add(new StatusChange(receiptCode, history.size() + 1, status, at, by, note));
	}

	/** Working minutes left on the statutory clock, at the moment it last started. */
	int minutesLeft() {
		return Math.max(0, statutoryMinutes - minutesUsed);
	}

	/** Stops the clock for a supplement; {@code usedSinceStart} is the working time since it last started. */
	void pauseForSupplement(String missing, Instant at, long usedSinceStart, String by) {
		minutesUsed += (int) usedSinceStart;
		clockStartedAt = null;
		missingDocuments = missing;
		changeStatus(RequestStatus.SUPPLEMENT_REQUESTED, at, by, "Cần bổ sung: " + (missing == null ? "" : missing));
	}

	/** Restarts the clock when the supplement arrives, with the appointment moved by the time paused. */
	void resume(Instant at, Instant newAppointment, String by) {
		clockStartedAt = at;
		appointmentAt = newAppointment;
		changeStatus(RequestStatus.RECEIVED, at, by, "Đã nhận hồ sơ bổ sung; hẹn trả mới theo thời gian tạm dừng");
	}

	void rescheduleWithApology(Instant at, Instant newAppointment) {
		apologyIssuedAt = at;
		apologyOldDate = appointmentAt;
		appointmentAt = newAppointment;
		history.add(new StatusChange(receiptCode, history.size() + 1, status, at, "system",
				"Phiếu xin lỗi và hẹn lại ngày trả kết quả đã được lập"));
	}

	void refuse(String reason, Instant at, Timeliness timeliness, String by) {
		refusalReason = reason;
		finish(RequestStatus.REFUSED, at, timeliness, by, "Từ chối: " + reason);
	}

	void close(String method, String tracking, Instant at, Timeliness timeliness, String by) {
		handOverMethod = method;
		trackingNumber = tracking;
		finish(RequestStatus.CLOSED, at, timeliness, by,
				"POST".equals(method) ? "Trả kết quả qua bưu chính, vận đơn " + tracking : "Trả kết quả tại bộ phận một cửa");
	}

	void finish(RequestStatus status, Instant at, Timeliness timeliness, String by, String note) {
		this.closedAt = at;
		this.clockStartedAt = null;
		this.timeliness = timeliness;
		changeStatus(status, at, by, note);
	}

	void rate(int score, String comment, Instant at) {
		this.rating = score;
		this.ratingComment = comment;
		this.ratedAt = at;
	}

	void attach(RequestDocument document) {
		documents.add(document);
	}

	void startedAs(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	public String getReceiptCode() {
		return receiptCode;
	}

	public String getProcedureCode() {
		return procedureCode;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public Channel getChannel() {
		return channel;
	}

	public ServiceWindowKind getServiceWindow() {
		return serviceWindow;
	}

	public RequestStatus getStatus() {
		return status;
	}

	public String getApplicantName() {
		return applicantName;
	}

	public String getApplicantId() {
		return applicantId;
	}

	public String getApplicantPhone() {
		return applicantPhone;
	}

	public String getApplicantAddress() {
		return applicantAddress;
	}

	public String getRepresentativeName() {
		return representativeName;
	}

	public String getRepresentativeId() {
		return representativeId;
	}

	public Instant getReceivedAt() {
		return receivedAt;
	}

	public Instant getAppointmentAt() {
		return appointmentAt;
	}

	public String getReceivedBy() {
		return receivedBy;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public int getStatutoryMinutes() {
		return statutoryMinutes;
	}

	public Instant getClockStartedAt() {
		return clockStartedAt;
	}

	public int getMinutesUsed() {
		return minutesUsed;
	}

	public String getMissingDocuments() {
		return missingDocuments;
	}

	public Instant getApologyIssuedAt() {
		return apologyIssuedAt;
	}

	public Instant getApologyOldDate() {
		return apologyOldDate;
	}

	public String getRefusalReason() {
		return refusalReason;
	}

	public String getHandOverMethod() {
		return handOverMethod;
	}

	public String getTrackingNumber() {
		return trackingNumber;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public Timeliness getTimeliness() {
		return timeliness;
	}

	public Integer getRating() {
		return rating;
	}

	public String getRatingComment() {
		return ratingComment;
	}

	public boolean isOpen() {
		return closedAt == null;
	}

	public List<StatusChange> getHistory() {
		return List.copyOf(history);
	}

	public List<RequestDocument> getDocuments() {
		return List.copyOf(documents);
	}

}
