package vn.vidan.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole app on a random port, on a private in-memory H2 unless a subclass points it elsewhere. Every test class
 * with this annotation and no other configuration shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:vidan-it;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=false", "logging.file.name=" + PlatformIntegrationTest.LOG,
				"vidan.directory.recheck-every=PT0.2S", PlatformIntegrationTest.UNLIMITED_LOOPBACK })
public @interface PlatformIntegrationTest {

	/** The app's log of the whole run, which the reporter-identity scan reads. */
	String LOG = "target/it-logs/vidan-h2.log";

	/**
	 * The suite's own calls come from the loopback and are not rate limited; tests of the limits pose as other clients
	 * with X-Forwarded-For, which the loopback, a trusted proxy, may send.
	 */
	String UNLIMITED_LOOPBACK = "vidan.limits.rates.unlimited-clients=127.0.0.1,0:0:0:0:0:0:0:1";

}
