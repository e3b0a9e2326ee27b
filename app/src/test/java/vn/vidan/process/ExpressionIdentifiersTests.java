package vn.vidan.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpressionIdentifiersTests {

	@Test
	void findsTheBeanAndTheVariablesOfAMethodCall() {
		assertThat(ExpressionIdentifiers.in("${routing.groups(unitCode, 'UNIT_LEADER')}"))
			.containsExactly("routing", "unitCode");
	}

	@Test
	void ignoresMembersStringLiteralsAndKeywords() {
		assertThat(ExpressionIdentifiers.in("${request.status eq \"dataSource\" and not empty note.text}"))
			.containsExactly("request", "note");
	}

	@Test
	void ignoresFunctionNamesButNotTheirArguments() {
		assertThat(ExpressionIdentifiers.in("${fn:trim(userRepository.name)}")).containsExactly("userRepository");
	}

	@Test
	void findsBothBranchesOfAConditional() {
		assertThat(ExpressionIdentifiers.in("#{urgent ? dataSource : fallback}"))
			.containsExactly("urgent", "dataSource", "fallback");
	}

	@Test
	void readsEveryExpressionInAText() {
		assertThat(ExpressionIdentifiers.in("Due ${a} then #{b.c}, not d")).containsExactly("a", "b");
	}

	@Test
	void findsNothingInPlainText() {
		assertThat(ExpressionIdentifiers.in("P1D")).isEmpty();
		assertThat(ExpressionIdentifiers.in(null)).isEmpty();
	}

}
