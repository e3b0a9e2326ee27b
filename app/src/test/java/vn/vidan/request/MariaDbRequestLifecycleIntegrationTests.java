package vn.vidan.request;

import vn.vidan.support.MariaDbIntegrationTest;

/** Resident request lifecycles on a real MariaDB server. */
@MariaDbIntegrationTest
class MariaDbRequestLifecycleIntegrationTests extends AbstractRequestLifecycleTests {

}
