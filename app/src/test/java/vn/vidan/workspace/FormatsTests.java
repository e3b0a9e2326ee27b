package vn.vidan.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A statutory period reads as the law states it, whatever the working days it spans come to in minutes. */
class FormatsTests {

	private final Formats formats = new Formats(messages(), null, null);

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void namesAStatutoryPeriodInWorkingDaysAndHours() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));

		assertThat(formats.period("P3D")).isEqualTo("3 ngày");
		assertThat(formats.period("PT4H")).isEqualTo("4 giờ");
		assertThat(formats.period("P1DT4H")).isEqualTo("1 ngày 4 giờ");
		assertThat(formats.period("PT0S")).isNull();
		assertThat(formats.period("P")).isNull();
		assertThat(formats.period(null)).isNull();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
