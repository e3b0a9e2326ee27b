package vn.vidan.workspace;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language a person sees: Vietnamese unless they chose English. A signed-in person's choice is kept on the server
 * ({@code ws_user_preference}), so it follows them to any browser; before sign-in a cookie carries it. APIs
 * ({@code /api}, {@code /engine-rest}, {@code /actuator}) follow the caller's {@code Accept-Language} instead,
 * Vietnamese by default.
 */
@Component("localeResolver")
public class WorkspaceLocaleResolver implements LocaleResolver {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

	static final String COOKIE = "vidan-lang";

	private static final String SESSION_KEY = WorkspaceLocaleResolver.class.getName() + ".locale";

	/** The person this session already found without a saved choice: asked once per session, not on every message. */
	private static final String NO_CHOICE_KEY = WorkspaceLocaleResolver.class.getName() + ".noChoice";

	/** This request's answer: a page asks for the locale once per message it renders. */
	private static final String REQUEST_KEY = WorkspaceLocaleResolver.class.getName() + ".resolved";

	private final JdbcTemplate jdbc;

	WorkspaceLocaleResolver(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(REQUEST_KEY) instanceof Locale resolved) {
			return resolved;
		}
		Locale locale = resolve(request);
		request.setAttribute(REQUEST_KEY, locale);
		return locale;
	}

	private Locale resolve(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/actuator/")) {
			return fromHeader(request.getHeader("Accept-Language"));
		}
		HttpSession session = request.getSession(false);
		String user = signedIn();
		if (session != null && user != null && session.getAttribute(SESSION_KEY) instanceof Locale chosen) {
			return chosen;
		}
		if (user != null && (session == null || !user.equals(session.getAttribute(NO_CHOICE_KEY)))) {
			List<String> saved = jdbc.queryForList("SELECT locale FROM ws_user_preference WHERE username = ?",
					String.class, user);
			if (!saved.isEmpty()) {
				Locale locale = supported(saved.get(0));
				if (session != null) {
					session.setAttribute(SESSION_KEY, locale);
				}
				return locale;
			}
			if (session != null) {
				session.setAttribute(NO_CHOICE_KEY, user);
			}
		}
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (COOKIE.equals(cookie.getName())) {
					return supported(cookie.getValue());
				}
			}
		}
		return VIETNAMESE;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale chosen = locale == null ? VIETNAMESE : supported(locale.getLanguage());
		Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		cookie.setMaxAge(365 * 24 * 3600);
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
		String user = signedIn();
		if (user != null) {
			Timestamp now = Timestamp.from(Instant.now());
			if (jdbc.update("UPDATE ws_user_preference SET locale = ?, changed_at = ? WHERE username = ?",
					chosen.getLanguage(), now, user) == 0) {
				jdbc.update("INSERT INTO ws_user_preference (username, locale, changed_at) VALUES (?, ?, ?)", user,
						chosen.getLanguage(), now);
			}
			request.getSession().setAttribute(SESSION_KEY, chosen);
		}
		request.setAttribute(REQUEST_KEY, chosen);
	}

	/** Vietnamese or English, whichever the header prefers; Vietnamese when it names neither. */
	static Locale fromHeader(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return VIETNAMESE;
		}
		try {
			Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
			return best == null ? VIETNAMESE : best;
		}
		catch (IllegalArgumentException malformed) {
			return VIETNAMESE;
		}
	}

	static Locale supported(String language) {
		return "en".equalsIgnoreCase(language) ? Locale.ENGLISH : VIETNAMESE;
	}

	private static String signedIn() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken ? null
				: user.getName();
	}

}
