package vn.vidan.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vidan.support.PlatformIntegrationTest;

/** Receipt codes count per unit and per day: the counter starts again at 0001 each day and for each unit. */
@PlatformIntegrationTest
class ReceiptCodesIntegrationTests {

	@Autowired
	ReceiptCodes codes;

	@Autowired
	PlatformTransactionManager transactions;

	private String next(String unit, String instant) {
		return new TransactionTemplate(transactions).execute(status -> codes.next(unit, Instant.parse(instant)));
	}

	@Test
	void restartsTheCounterEachDayAndForEachUnit() {
		// Days no other test receives on (Vietnam time: 09:00 and 16:59 on 3 May, 09:00 on 4 May 2029).
		assertThat(next("EAPO", "2029-05-03T02:00:00Z")).isEqualTo("EAPO-290503-0001");
		assertThat(next("EAPO", "2029-05-03T09:59:00Z")).isEqualTo("EAPO-290503-0002");
		assertThat(next("EAPO", "2029-05-04T02:00:00Z")).as("a new day starts again").isEqualTo("EAPO-290504-0001");
		assertThat(next("TAMTHANG", "2029-05-03T02:00:00Z")).as("another unit counts apart")
			.isEqualTo("TAMTHANG-290503-0001");
		assertThat(next("EAPO", "2029-05-03T03:00:00Z")).as("the earlier day goes on where it stopped")
			.isEqualTo("EAPO-290503-0003");
		assertThat(next("EAPO", "2029-05-03T17:30:00Z")).as("00:30 on 4 May in Vietnam").isEqualTo("EAPO-290504-0002");
	}

}
