package vn.vidan.bench;

/** One part of the benchmark. It starts the systems it needs itself and adds its figures to the report. */
public interface Scenario {

	/** S1, S2, V2, S3, S4, S5 (a scenario may cover more than one, as {@link EngineLoad} does). */
	String id();

	void run(Context context) throws Exception;

}
