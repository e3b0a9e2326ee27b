package vn.vidan.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalIdValidatorTests {

	@Test
	void acceptsAWomanBornIn1990RegisteredInDaNang() {
		assertThat(PersonalIdValidator.problemWith("048190000123", 2026)).isNull();
	}

	@Test
	void acceptsAManBornIn2005RegisteredInDakNong() {
		assertThat(PersonalIdValidator.problemWith("067205001234", 2026)).isNull();
	}

	@Test
	void refusesAnythingButTwelveDigits() {
		assertThat(PersonalIdValidator.problemWith("04819000012", 2026)).isEqualTo("digits");
		assertThat(PersonalIdValidator.problemWith("04819000012A", 2026)).isEqualTo("digits");
	}

	@Test
	void refusesAnUnknownProvinceCode() {
		assertThat(PersonalIdValidator.problemWith("003190000123", 2026)).isEqualTo("province");
	}

	@Test
	void refusesIdNumberWithWrongCenturyDigit() {
		assertThat(PersonalIdValidator.problemWith("048790000123", 2026)).isEqualTo("century");
	}

	@Test
	void refusesABirthYearInTheFuture() {
		assertThat(PersonalIdValidator.problemWith("048228000123", 2026)).isEqualTo("future");
		assertThat(PersonalIdValidator.problemWith("048226000123", 2026)).isNull();
	}

	@Test
	void namesTheWrongPartWithoutTheNumberForPages() {
		assertThat(PersonalIdValidator.fault("04819000012", 2026)).isEqualTo(PersonalIdValidator.Fault.FORMAT);
		assertThat(PersonalIdValidator.fault("003190000123", 2026)).isEqualTo(PersonalIdValidator.Fault.PROVINCE);
		assertThat(PersonalIdValidator.fault("048790000123", 2026)).isEqualTo(PersonalIdValidator.Fault.CENTURY);
		assertThat(PersonalIdValidator.fault("048228000123", 2026)).isEqualTo(PersonalIdValidator.Fault.FUTURE_YEAR);
		assertThat(PersonalIdValidator.fault("048190000123", 2026)).isNull();
	}

}
