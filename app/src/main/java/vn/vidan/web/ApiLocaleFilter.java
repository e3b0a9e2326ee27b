package vn.vidan.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.filter.OrderedFilter;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Gives API calls their language before anything answers them: Spring's request context knows only the servlet
 * container's guess (its default locale when {@code Accept-Language} is absent), so sign-in failures, checks in front
 * of Camunda's REST API and task listeners inside the engine would speak it. This sets the app's own choice (the
 * {@link LocaleResolver}: for {@code /api} and {@code /engine-rest}, {@code Accept-Language}, Vietnamese by default)
 * right after Spring's request context, for the rest of the request, and as the request's own locale.
 */
@Component
@Order(OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 104) // right after OrderedRequestContextFilter (-105)
class ApiLocaleFilter extends OncePerRequestFilter {

	private static final Pattern APIS = Pattern.compile("^/(api|engine-rest|camunda/api|actuator)(/.*)?$");

	private final LocaleResolver locales;

	ApiLocaleFilter(LocaleResolver locales) {
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !APIS.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Locale locale = locales.resolveLocale(request);
		LocaleContext previous = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(locale);
		try {
			chain.doFilter(new Localized(request, locale), response);
		}
		finally {
			LocaleContextHolder.setLocaleContext(previous);
		}
	}

	/**
	 * The request, speaking the chosen language: a later {@code RequestContextFilter} (Jersey registers its own in front
	 * of Camunda's REST API) sets the request's locale again, and must find this one.
	 */
	private static final class Localized extends HttpServletRequestWrapper {

		private final Locale locale;

		Localized(HttpServletRequest request, Locale locale) {
			super(request);
			this.locale = locale;
		}

		@Override
		public Locale getLocale() {
			return locale;
		}

		@Override
		public Enumeration<Locale> getLocales() {
			return Collections.enumeration(List.of(locale));
		}

	}

}
