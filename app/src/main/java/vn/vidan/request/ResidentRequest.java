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

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "receipt_code", insertable = false, updatable = false)
	@OrderBy("changedAt")
	private List<StatusChange> history = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "receipt_code", insertable = false, updatable = false)
	private List<RequestDocument> documents = new ArrayList<>();

	protected ResidentRequest() {
	}

	ResidentRequest(String receiptCode, Procedure procedure, String unitCode, Channel channel,
			ServiceWindowKind serviceWindow, Applicant applicant, Instant receivedAt, Instant appointmentAt,
			String receivedBy) {
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
		changeStatus(RequestStatus.RECEIVED, receivedAt, receivedBy, "Tiếp nhận qua kênh " + channel);
	}

	void changeStatus(RequestStatus status, Instant at, String by, String note) {
		this.status = status;
		history.add(new StatusChange(receiptCode, status, at, by, note));
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

	public List<StatusChange> getHistory() {
		return List.copyOf(history);
	}

	public List<RequestDocument> getDocuments() {
		return List.copyOf(documents);
	}

}
