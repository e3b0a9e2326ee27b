package vn.vidan.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A page asks for the locale once for every message it renders (hundreds on an inbox page), so the saved choice is
 * read from the database once per session, and the answer once per request, even for a person who never chose.
 */
class WorkspaceLocaleResolverTests {

	private final AtomicInteger lookUps = new AtomicInteger();

	private JdbcTemplate jdbc;

	private WorkspaceLocaleResolver resolver;

	@BeforeEach
	void database() {
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:locale-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
		jdbc = new JdbcTemplate(dataSource) {

			@Override
			public <T> List<T> queryForList(String sql, Class<T> elementType, Object... args) {
				lookUps.incrementAndGet();
				return super.queryForList(sql, elementType, args);
			}

		};
		jdbc.execute("CREATE TABLE ws_user_preference (username VARCHAR(64) PRIMARY KEY, locale VARCHAR(8) NOT NULL, "
				+ "changed_at TIMESTAMP NOT NULL)");
		resolver = new WorkspaceLocaleResolver(jdbc);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("thao.dtk", "n/a", List.of()));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aPersonWhoNeverChoseIsLookedUpOncePerSession() {
		MockHttpSession session = new MockHttpSession();
		for (int page = 0; page < 3; page++) {
			MockHttpServletRequest request = page(session);
			for (int message = 0; message < 100; message++) {
				assertThat(resolver.resolveLocale(request)).isEqualTo(WorkspaceLocaleResolver.VIETNAMESE);
			}
		}
		assertThat(lookUps).hasValue(1);
	}

	@Test
	void aSavedChoiceIsReadOnceAndAChangeTakesEffectAtOnce() {
		jdbc.update("INSERT INTO ws_user_preference VALUES ('thao.dtk', 'en', CURRENT_TIMESTAMP)");
		MockHttpSession session = new MockHttpSession();
		assertThat(resolver.resolveLocale(page(session))).isEqualTo(Locale.ENGLISH);
		assertThat(resolver.resolveLocale(page(session))).isEqualTo(Locale.ENGLISH);
		assertThat(lookUps).hasValue(1);

		MockHttpServletRequest switching = page(session);
		resolver.setLocale(switching, new MockHttpServletResponse(), WorkspaceLocaleResolver.VIETNAMESE);
		assertThat(resolver.resolveLocale(switching)).isEqualTo(WorkspaceLocaleResolver.VIETNAMESE);
		assertThat(resolver.resolveLocale(page(session))).isEqualTo(WorkspaceLocaleResolver.VIETNAMESE);
	}

	@Test
	void anotherPersonInTheSameBrowserIsLookedUpAgain() {
		MockHttpSession session = new MockHttpSession();
		resolver.resolveLocale(page(session));
		jdbc.update("INSERT INTO ws_user_preference VALUES ('dat.lq', 'en', CURRENT_TIMESTAMP)");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("dat.lq", "n/a", List.of()));

		assertThat(resolver.resolveLocale(page(session))).isEqualTo(Locale.ENGLISH);
		assertThat(lookUps).hasValue(2);
	}

	private static MockHttpServletRequest page(MockHttpSession session) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/inbox");
		request.setSession(session);
		return request;
	}

}
