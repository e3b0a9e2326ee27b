package vn.vidan.tip;

import vn.vidan.support.PlatformIntegrationTest;

/** Tip lifecycles on the embedded default database, H2. */
@PlatformIntegrationTest
class H2TipLifecycleIntegrationTests extends AbstractTipLifecycleTests {

}
