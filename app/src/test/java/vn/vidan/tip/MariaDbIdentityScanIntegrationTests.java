package vn.vidan.tip;

import java.nio.file.Path;

import org.junit.jupiter.api.Order;

import vn.vidan.support.MariaDbIntegrationTest;

/** The scan of the MariaDB run, last of its run. */
@MariaDbIntegrationTest
@Order(Integer.MAX_VALUE)
class MariaDbIdentityScanIntegrationTests extends AbstractIdentityScanTests {

	@Override
	Path log() {
		return Path.of(MariaDbIntegrationTest.LOG);
	}

}
