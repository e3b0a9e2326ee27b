package vn.vidan.tip;

import java.nio.file.Path;

import org.junit.jupiter.api.Order;

import vn.vidan.support.PlatformIntegrationTest;

/** The scan of the H2 run, last of its run. */
@PlatformIntegrationTest
@Order(Integer.MAX_VALUE)
class H2IdentityScanIntegrationTests extends AbstractIdentityScanTests {

	@Override
	Path log() {
		return Path.of(PlatformIntegrationTest.LOG);
	}

}
