package vn.vidan.secondment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code vidan.secondments}: how long after a period ends its activity report is due (then the officer is reminded),
 * and when a still-missing report goes to the commune chief.
 */
@ConfigurationProperties("vidan.secondments")
record SecondmentSettings(Duration reportGrace, Duration reportEscalation) {

	SecondmentSettings {
		reportGrace = reportGrace == null ? Duration.ofDays(2) : reportGrace;
		reportEscalation = reportEscalation == null ? Duration.ofDays(5) : reportEscalation;
	}

}
