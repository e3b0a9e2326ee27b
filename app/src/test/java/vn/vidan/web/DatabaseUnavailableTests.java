package vn.vidan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseUnavailableTests {

	@Test
	void recognisesTheWaysALostDatabaseShowsUp() {
		assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("no connection"))).isTrue();
		assertThat(DatabaseUnavailable.causedBy(new CannotGetJdbcConnectionException("no connection"))).isTrue();
		assertThat(DatabaseUnavailable.causedBy(
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))).isTrue();
		assertThat(DatabaseUnavailable.causedBy(new SQLNonTransientConnectionException("socket closed"))).isTrue();
		assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new ConnectException("refused")))).isTrue();
	}

	@Test
	void looksThroughCamundasWrapping() {
		SQLException lost = new SQLException("Communications link failure", "08S01");
		assertThat(DatabaseUnavailable.causedBy(new ProcessEngineException("ENGINE-03083",
				new ProcessEnginePersistenceException("persistence", new RuntimeException(lost))))).isTrue();
	}

	@Test
	void recognisesTheRollbackOnAConnectionThePoolAlreadyClosed() {
		assertThat(DatabaseUnavailable.causedBy(new JpaSystemException(
				new RuntimeException("Unable to rollback against JDBC Connection", new SQLException("Connection is closed")))))
			.isTrue();
	}

	@Test
	void leavesEveryOtherFailureAlone() {
		assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate",
				new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")))).isFalse();
		assertThat(DatabaseUnavailable.causedBy(new ProcessEngineException("Unknown property used in expression")))
			.isFalse();
		assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("boom"))).isFalse();
		assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
	}

}
