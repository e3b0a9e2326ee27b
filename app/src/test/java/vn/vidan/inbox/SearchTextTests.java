package vn.vidan.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the inbox normalizes text and what a search term finds. */
class SearchTextTests {

	@Test
	void dropsDiacriticsAndCaseAndReadsDAsD() {
		assertThat(SearchText.normalize("Nguyễn Văn Ánh")).isEqualTo("nguyen van anh");
		assertThat(SearchText.normalize("Phường HÒA MINH")).isEqualTo("phuong hoa minh");
		assertThat(SearchText.normalize("Đỗ Đức Đạt, đường Điện Biên Phủ")).isEqualTo("do duc dat duong dien bien phu");
		assertThat(SearchText.normalize("Bon N'Jang Bơ – Thôn Nghĩa Hòa")).isEqualTo("bon n jang bo thon nghia hoa");
	}

	@Test
	void turnsPunctuationIntoSingleSpaces() {
		assertThat(SearchText.normalize("  HOAMINH-260309-0001 ")).isEqualTo("hoaminh 260309 0001");
		assertThat(SearchText.normalize("45 Nguyễn Tất Thành,,  Tổ dân phố 13")).isEqualTo("45 nguyen tat thanh to dan pho 13");
		assertThat(SearchText.normalize(null)).isEmpty();
		assertThat(SearchText.normalize(" -- ")).isEmpty();
	}

	@Test
	void aNameWithoutAccentsFindsTheApplicant() {
		var tokens = SearchText.tokens("HOAMINH-260309-0001\nNguyễn Văn Ánh\n048190000123\n45 Nguyễn Tất Thành, phường Hòa Minh");
		assertThat(matches(tokens, "nguyen van a")).isTrue();
		assertThat(matches(tokens, "Nguyễn Văn Ánh")).isTrue();
		assertThat(matches(tokens, "van anh")).isTrue();
		assertThat(matches(tokens, "hoa minh")).isTrue();
		assertThat(matches(tokens, "nguyen tat thanh")).isTrue();
		assertThat(matches(tokens, "hoaminh-260309")).isTrue();
		assertThat(matches(tokens, "0001")).isTrue();
		assertThat(matches(tokens, "tran thi")).isFalse();
		// A phrase does not run from one field into the next.
		assertThat(matches(tokens, "van anh 048")).isFalse();
	}

	@Test
	void theLastFourDigitsOfAnIdNumberFindTheDossier() {
		var tokens = SearchText.tokens("Trần Thị Hòa\n048190000123");
		assertThat(matches(tokens, "0123")).isTrue();
		assertThat(matches(tokens, "048190000123")).isTrue();
		assertThat(matches(tokens, "0481")).isTrue();
		assertThat(matches(tokens, "9999")).isFalse();
	}

	@Test
	void keepsLongPhrasesToTheTokenLengthAndCutsTheTermTheSameWay() {
		String address = "Kiệt 12 đường Nguyễn Văn Linh nối dài, Tổ dân phố 13, phường Hòa Minh, quận Liên Chiểu";
		var tokens = SearchText.tokens(address);
		assertThat(tokens).allMatch(token -> token.length() <= SearchText.TOKEN_LENGTH);
		String term = SearchText.term(address);
		assertThat(term).hasSizeLessThanOrEqualTo(SearchText.TOKEN_LENGTH);
		assertThat(tokens.stream().anyMatch(token -> token.startsWith(term))).isTrue();
	}

	@Test
	void textKeepsFieldsApart() {
		assertThat(SearchText.text("TB-HOAMINH-2026-0089\nKiệt 12 Nguyễn Tất Thành"))
			.isEqualTo("tb hoaminh 2026 0089 | kiet 12 nguyen tat thanh");
		assertThat(SearchText.term("  ")).isEmpty();
	}

	private static boolean matches(java.util.Set<String> tokens, String query) {
		String term = SearchText.term(query);
		return tokens.stream().anyMatch(token -> token.startsWith(term));
	}

}
