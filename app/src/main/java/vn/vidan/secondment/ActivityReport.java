package vn.vidan.secondment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One period's counted results of a seconded officer; the commune chief confirms it. */
@Entity
@Table(name = "sec_report")
class ActivityReport {

	@Id
	private String id;

	@Column(name = "assignment_id")
	private String assignmentId;

	@Column(name = "period_no")
	private int periodNo;

	@Column(name = "period_end")
	private Instant periodEnd;

	private int patrols;

	@Column(name = "id_applications")
	private int idApplications;

	@Column(name = "residence_files")
	private int residenceFiles;

	@Column(name = "records_corrected")
	private int recordsCorrected;

	@Column(name = "deceased_found")
	private int deceasedFound;

	@Column(name = "disputes_resolved")
	private int disputesResolved;

	@Column(name = "outreach_sessions")
	private int outreachSessions;

	@Column(name = "outreach_attendees")
	private int outreachAttendees;

	@Column(name = "village_meetings")
	private int villageMeetings;

	private String note;

	@Column(name = "filed_at")
	private Instant filedAt;

	@Column(name = "confirmed_by")
	private String confirmedBy;

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	/** The counted results, in the order of {@link #COUNTS}. */
	static final String[] COUNTS = { "patrols", "idApplications", "residenceFiles", "recordsCorrected", "deceasedFound",
			"disputesResolved", "outreachSessions", "outreachAttendees", "villageMeetings" };

	protected ActivityReport() {
	}

	ActivityReport(String id, String assignmentId, int periodNo, Instant periodEnd, int[] counts, String note,
			Instant filedAt) {
		this.id = id;
		this.assignmentId = assignmentId;
		this.periodNo = periodNo;
		this.periodEnd = periodEnd;
		this.patrols = counts[0];
		this.idApplications = counts[1];
		this.residenceFiles = counts[2];
		this.recordsCorrected = counts[3];
		this.deceasedFound = counts[4];
		this.disputesResolved = counts[5];
		this.outreachSessions = counts[6];
		this.outreachAttendees = counts[7];
		this.villageMeetings = counts[8];
		this.note = note;
		this.filedAt = filedAt;
	}

	void confirm(String chief, Instant at) {
		this.confirmedBy = chief;
		this.confirmedAt = at;
	}

	int[] counts() {
		return new int[] { patrols, idApplications, residenceFiles, recordsCorrected, deceasedFound, disputesResolved,
				outreachSessions, outreachAttendees, villageMeetings };
	}

	String getId() {
		return id;
	}

	String getAssignmentId() {
		return assignmentId;
	}

	int getPeriodNo() {
		return periodNo;
	}

	Instant getPeriodEnd() {
		return periodEnd;
	}

	String getNote() {
		return note;
	}

	Instant getFiledAt() {
		return filedAt;
	}

	String getConfirmedBy() {
		return confirmedBy;
	}

	Instant getConfirmedAt() {
		return confirmedAt;
	}

}
