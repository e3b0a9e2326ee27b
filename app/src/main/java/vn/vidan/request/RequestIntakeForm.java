package vn.vidan.request;

import java.util.ArrayList;
import java.util.List;

/**
 * What the desk's intake page sends: the procedure, where and how the dossier came in, the documents ticked as
 * received (their scans come as files named {@code scan-<code>}), the applicant and an optional representative.
 */
class RequestIntakeForm {

	private String token;

	private String procedure;

	private String unit;

	private String channel = Channel.DESK.name();

	private List<String> received = new ArrayList<>();

	private String applicantName;

	private String applicantId;

	private String applicantPhone;

	private String applicantAddress;

	private String representativeName;

	private String representativeId;

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}

	public String getProcedure() {
		return procedure;
	}

	public void setProcedure(String procedure) {
		this.procedure = procedure;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getChannel() {
		return channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}

	public List<String> getReceived() {
		return received;
	}

	public void setReceived(List<String> received) {
		this.received = received == null ? new ArrayList<>() : received;
	}

	public String getApplicantName() {
		return applicantName;
	}

	public void setApplicantName(String applicantName) {
		this.applicantName = applicantName;
	}

	public String getApplicantId() {
		return applicantId;
	}

	public void setApplicantId(String applicantId) {
		this.applicantId = applicantId;
	}

	public String getApplicantPhone() {
		return applicantPhone;
	}

	public void setApplicantPhone(String applicantPhone) {
		this.applicantPhone = applicantPhone;
	}

	public String getApplicantAddress() {
		return applicantAddress;
	}

	public void setApplicantAddress(String applicantAddress) {
		this.applicantAddress = applicantAddress;
	}

	public String getRepresentativeName() {
		return representativeName;
	}

	public void setRepresentativeName(String representativeName) {
		this.representativeName = representativeName;
	}

	public String getRepresentativeId() {
		return representativeId;
	}

	public void setRepresentativeId(String representativeId) {
		this.representativeId = representativeId;
	}

	/** Whether someone hands the dossier in on the applicant's behalf (any representative field filled). */
	public boolean hasRepresentative() {
		return !blank(representativeName) || !blank(representativeId);
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	static String trimmed(String value) {
		return blank(value) ? null : value.trim();
	}

}
