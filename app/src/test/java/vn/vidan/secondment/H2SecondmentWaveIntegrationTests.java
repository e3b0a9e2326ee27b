package vn.vidan.secondment;

import vn.vidan.support.PlatformIntegrationTest;

/** A whole secondment wave on the embedded default database, H2. */
@PlatformIntegrationTest
class H2SecondmentWaveIntegrationTests extends AbstractSecondmentWaveTests {

}
