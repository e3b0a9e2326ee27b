package vn.vidan.secondment;

import vn.vidan.support.MariaDbIntegrationTest;

/** A whole secondment wave on a real MariaDB server. */
@MariaDbIntegrationTest
class MariaDbSecondmentWaveIntegrationTests extends AbstractSecondmentWaveTests {

}
