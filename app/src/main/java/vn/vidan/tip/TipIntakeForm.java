package vn.vidan.tip;

/**
 * What the page for a tip taken at the desk or by phone sends. The reporter's fields go only into the
 * {@link ReporterIdentity} handed to {@link TipIntake}, which seals it in the vault; never into a message or a log.
 */
class TipIntakeForm {

	private String token;

	private String channel = TipChannel.PHONE.name();

	private String unit;

	private String incidentAddress;

	private String incidentDate;

	private String incidentTime;

	private String description;

	private String category = TipCategory.UNKNOWN.name();

	private String urgency = Urgency.ORDINARY.name();

	private String reporterName;

	private String reporterId;

	private String reporterPhone;

	private String reporterAddress;

	private boolean follow;

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}

	public String getChannel() {
		return channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getIncidentAddress() {
		return incidentAddress;
	}

	public void setIncidentAddress(String incidentAddress) {
		this.incidentAddress = incidentAddress;
	}

	public String getIncidentDate() {
		return incidentDate;
	}

	public void setIncidentDate(String incidentDate) {
		this.incidentDate = incidentDate;
	}

	public String getIncidentTime() {
		return incidentTime;
	}

	public void setIncidentTime(String incidentTime) {
		this.incidentTime = incidentTime;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getUrgency() {
		return urgency;
	}

	public void setUrgency(String urgency) {
		this.urgency = urgency;
	}

	public String getReporterName() {
		return reporterName;
	}

	public void setReporterName(String reporterName) {
		this.reporterName = reporterName;
	}

	public String getReporterId() {
		return reporterId;
	}

	public void setReporterId(String reporterId) {
		this.reporterId = reporterId;
	}

	public String getReporterPhone() {
		return reporterPhone;
	}

	public void setReporterPhone(String reporterPhone) {
		this.reporterPhone = reporterPhone;
	}

	public String getReporterAddress() {
		return reporterAddress;
	}

	public void setReporterAddress(String reporterAddress) {
		this.reporterAddress = reporterAddress;
	}

	public boolean isFollow() {
		return follow;
	}

	public void setFollow(boolean follow) {
		this.follow = follow;
	}

	/** Whether any of the reporter's fields is filled (the reporter is not anonymous). */
	public boolean hasReporter() {
		return !blank(reporterName) || !blank(reporterId) || !blank(reporterPhone) || !blank(reporterAddress);
	}

	@Override
	public String toString() {
		return "TipIntakeForm[protected]";
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	static String trimmed(String value) {
		return blank(value) ? null : value.trim();
	}

}
