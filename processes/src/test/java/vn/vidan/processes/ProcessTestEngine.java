package vn.vidan.processes;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/** One bare engine for all process tests: in-memory H2, no job executor, beans from {@code Mocks.register}. */
public final class ProcessTestEngine {

	private static ProcessEngine engine;

	private ProcessTestEngine() {
	}

	public static synchronized ProcessEngineExtension extension() {
		if (engine == null) {
			StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
			configuration.setJdbcUrl("jdbc:h2:mem:vidan-process-tests;DB_CLOSE_DELAY=-1");
			configuration.setJobExecutorActivate(false);
			configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
			configuration.setExpressionManager(new MockExpressionManager());
			engine = configuration.buildProcessEngine();
		}
		return ProcessEngineExtension.builder().useProcessEngine(engine).build();
	}

}
