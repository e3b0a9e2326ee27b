package vn.vidan.workspace.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The part of FEEL the forms' hide conditions use, with FEEL's null and three-valued logic. */
class FeelTests {

	private static Map<String, Object> vars(Object... pairs) {
		Map<String, Object> vars = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			vars.put((String) pairs[i], pairs[i + 1]);
		}
		return vars;
	}

	@Test
	void aBareVariableIsItsValue() {
		assertThat(Feel.isTrue("=dossierComplete", vars("dossierComplete", true))).isTrue();
		assertThat(Feel.isTrue("=dossierComplete", vars("dossierComplete", false))).isFalse();
		assertThat(Feel.isTrue("=dossierComplete", vars())).isFalse();
		assertThat(Feel.isTrue("=dossierComplete", vars("dossierComplete", "true"))).as("a string is not true").isFalse();
	}

	@Test
	void inequalityWithAMissingAnswerIsTrueLikeFeel() {
		assertThat(Feel.isTrue("=decision != \"REFUSE\"", vars())).isTrue();
		assertThat(Feel.isTrue("=decision != \"REFUSE\"", vars("decision", "APPROVE"))).isTrue();
		assertThat(Feel.isTrue("=decision != \"REFUSE\"", vars("decision", "REFUSE"))).isFalse();
		assertThat(Feel.isTrue("=decision = \"REFUSE\"", vars("decision", "REFUSE"))).isTrue();
		assertThat(Feel.isTrue("=decision = \"REFUSE\"", vars())).isFalse();
		assertThat(Feel.isTrue("=decision = null", vars())).isTrue();
	}

	@Test
	void notAndOrAreThreeValued() {
		assertThat(Feel.evaluate("=not(done)", vars("done", false))).isEqualTo(true);
		assertThat(Feel.evaluate("=not(done)", vars())).isNull();
		assertThat(Feel.evaluate("=a and b", vars("a", true, "b", true))).isEqualTo(true);
		assertThat(Feel.evaluate("=a and b", vars("a", true))).isNull();
		assertThat(Feel.evaluate("=a and b", vars("a", false))).isEqualTo(false);
		assertThat(Feel.evaluate("=a or b", vars("b", true))).isEqualTo(true);
		assertThat(Feel.evaluate("=a or b", vars("a", false, "b", false))).isEqualTo(false);
		assertThat(Feel.isTrue("=method = \"POST\" and not(sent)", vars("method", "POST", "sent", false))).isTrue();
		assertThat(Feel.isTrue("=(a = \"X\" or a = \"Y\") and true", vars("a", "Y"))).isTrue();
	}

	@Test
	void numbersCompareByValueWhateverTheirJavaType() {
		assertThat(Feel.isTrue("=amount > 0", vars("amount", 15000L))).isTrue();
		assertThat(Feel.isTrue("=amount >= 2.5", vars("amount", 2.5d))).isTrue();
		assertThat(Feel.isTrue("=amount = 3", vars("amount", 3))).isTrue();
		assertThat(Feel.isTrue("=amount < -1", vars("amount", 0))).isFalse();
		assertThat(Feel.evaluate("=amount < 1", vars())).as("no order with null").isNull();
	}

	@Test
	void pathsReadIntoMapsAndStringsMayHoldEscapedQuotes() {
		assertThat(Feel.isTrue("=applicant.channel = \"DESK\"", vars("applicant", Map.of("channel", "DESK")))).isTrue();
		assertThat(Feel.isTrue("=note = \"say \\\"hi\\\"\"", vars("note", "say \"hi\""))).isTrue();
		assertThat(Feel.isTrue("=ok", vars("ok", true))).isTrue();
		assertThat(Feel.isTrue("ok", vars("ok", true))).as("without the leading =").isTrue();
	}

	@Test
	void namesAreTheVariablesAnExpressionReads() {
		assertThat(Feel.names("=decision != \"REFUSE\" and not(applicant.minor)")).containsExactly("decision",
				"applicant");
		assertThat(Feel.names("=dossierComplete")).containsExactly("dossierComplete");
	}

	@Test
	void refusesWhatItDoesNotKnow() {
		assertThatThrownBy(() -> Feel.evaluate("=count(items) > 1", vars())).isInstanceOf(Feel.FeelException.class);
		assertThatThrownBy(() -> Feel.evaluate("=a = \"open", vars())).isInstanceOf(Feel.FeelException.class);
		assertThatThrownBy(() -> Feel.evaluate("=", vars())).isInstanceOf(Feel.FeelException.class);
		assertThatThrownBy(() -> Feel.evaluate("=a +", vars())).isInstanceOf(Feel.FeelException.class);
	}

}
