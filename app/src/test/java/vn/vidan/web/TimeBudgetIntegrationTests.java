package vn.vidan.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.StatementCallback;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vidan.support.PlatformIntegrationTest;

/**
 * No request runs for ever (issue 11): every transaction has a time budget, and the database statements it runs
 * carry the time left, so the database cancels one that would run past it; Camunda's own statements carry the same
 * limit. Checked on the settings as they reach the statement, not with a clock.
 */
@PlatformIntegrationTest
class TimeBudgetIntegrationTests {

	static final int BUDGET_SECONDS = 30;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProcessEngine engine;

	@Test
	void givesEveryStatementOfATransactionTheTimeLeftOfItsBudget() {
		Integer timeout = new TransactionTemplate(transactions)
			.execute(status -> jdbc.execute((StatementCallback<Integer>) statement -> statement.getQueryTimeout()));

		assertThat(timeout).isPositive().isLessThanOrEqualTo(BUDGET_SECONDS);
	}

	@Test
	void limitsEveryStatementOfTheEngine() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration();

		assertThat(configuration.getJdbcStatementTimeout()).isEqualTo(BUDGET_SECONDS);
	}

}
