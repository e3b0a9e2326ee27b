package vn.vidan.request;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * An administrative procedure of the catalogue: its statutory time, who decides (the commune, or the role of a higher
 * unit), the documents it asks for, the fee, and whether the result may go by post.
 */
@Entity
@Table(name = "req_procedure")
public class Procedure {

	@Id
	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "time_unit")
	private TimeUnit timeUnit;

	@Column(name = "time_amount")
	private int timeAmount;

	/** A routing role above the commune that decides, e.g. IDENTITY_CARD_AUTHORITY; null when the commune decides. */
	@Column(name = "deciding_role")
	private String decidingRole;

	@Column(name = "fee_vnd")
	private int feeVnd;

	@Column(name = "result_by_post")
	private boolean resultByPost;

	private boolean active;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "req_procedure_document", joinColumns = @JoinColumn(name = "procedure_code"))
	@OrderBy("required DESC, code")
	private List<ProcedureDocument> documents = new ArrayList<>();

	protected Procedure() {
	}

	Procedure(String code) {
		this.code = code;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public TimeUnit getTimeUnit() {
		return timeUnit;
	}

	public int getTimeAmount() {
		return timeAmount;
	}

	/** The statutory time as an ISO-8601 working-time duration: P7D, PT4H or PT0S. */
	public String statutoryDuration() {
		return timeUnit.duration(timeAmount);
	}

	public String getDecidingRole() {
		return decidingRole;
	}

	public boolean isDecidedAboveCommune() {
		return decidingRole != null;
	}

	public int getFeeVnd() {
		return feeVnd;
	}

	public boolean isResultByPost() {
		return resultByPost;
	}

	public boolean isActive() {
		return active;
	}

	public List<ProcedureDocument> getDocuments() {
		return List.copyOf(documents);
	}

	void update(String name, TimeUnit timeUnit, int timeAmount, String decidingRole, int feeVnd, boolean resultByPost,
			boolean active, List<ProcedureDocument> documents) {
		this.name = name;
		this.timeUnit = timeUnit;
		this.timeAmount = timeAmount;
		this.decidingRole = decidingRole;
		this.feeVnd = feeVnd;
		this.resultByPost = resultByPost;
		this.active = active;
		this.documents.clear();
		this.documents.addAll(documents);
	}

}
