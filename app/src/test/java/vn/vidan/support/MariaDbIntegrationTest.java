package vn.vidan.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole app with the {@code mariadb} profile on {@link MariaDbTestServer}. Every test class with this annotation
 * shares one application context, so one Camunda engine serves the JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "camunda.bpm.job-execution.enabled=false",
		"logging.file.name=" + MariaDbIntegrationTest.LOG, PlatformIntegrationTest.UNLIMITED_LOOPBACK })
@ActiveProfiles("mariadb")
@ContextConfiguration(initializers = MariaDbIntegrationTest.Server.class)
public @interface MariaDbIntegrationTest {

	/** The app's log of the whole run, which the reporter-identity scan reads. */
	String LOG = "target/it-logs/vidan-mariadb.log";

	/** Points the profile at the test server, as an operator would with environment variables. */
	class Server implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("mariadb-test-server", MariaDbTestServer.get().profileProperties()));
		}

	}

}
