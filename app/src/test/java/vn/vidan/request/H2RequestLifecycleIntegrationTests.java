package vn.vidan.request;

import vn.vidan.support.PlatformIntegrationTest;

/** Resident request lifecycles on the embedded default database, H2. */
@PlatformIntegrationTest
class H2RequestLifecycleIntegrationTests extends AbstractRequestLifecycleTests {

}
