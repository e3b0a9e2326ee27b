package vn.vidan.org;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A police unit. {@code parentCode} is null only for a province. */
@Entity
@Table(name = "org_unit")
public class Unit {

	@Id
	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "unit_level")
	private UnitLevel level;

	@Column(name = "parent_code")
	private String parentCode;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "org_unit_function", joinColumns = @JoinColumn(name = "unit_code"))
	@Column(name = "function_code")
	@Enumerated(EnumType.STRING)
	private Set<UnitFunction> functions = EnumSet.noneOf(UnitFunction.class);

	private Double latitude;

	private Double longitude;

	protected Unit() {
	}

	public Unit(String code, String name, UnitLevel level, String parentCode, Set<UnitFunction> functions) {
		this.code = code;
		this.name = name;
		this.level = level;
		this.parentCode = parentCode;
		this.functions = functions.isEmpty() ? EnumSet.noneOf(UnitFunction.class) : EnumSet.copyOf(functions);
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public UnitLevel getLevel() {
		return level;
	}

	public String getParentCode() {
		return parentCode;
	}

	public Set<UnitFunction> getFunctions() {
		return Set.copyOf(functions);
	}

	/** Where the unit sits, if recorded; {@link OrgSnapshot#location} falls back to the nearest ancestor's. */
	public Optional<double[]> getLocation() {
		return latitude == null || longitude == null ? Optional.empty() : Optional.of(new double[] { latitude, longitude });
	}

}
