package vn.vidan;

import vn.vidan.support.PlatformIntegrationTest;

/** The platform on the embedded default database, H2. */
@PlatformIntegrationTest
class H2PlatformIntegrationTests extends AbstractPlatformIntegrationTests {

}
