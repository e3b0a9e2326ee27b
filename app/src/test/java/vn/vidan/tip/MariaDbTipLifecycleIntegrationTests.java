package vn.vidan.tip;

import vn.vidan.support.MariaDbIntegrationTest;

/** Tip lifecycles on a real MariaDB server. */
@MariaDbIntegrationTest
class MariaDbTipLifecycleIntegrationTests extends AbstractTipLifecycleTests {

}
