package vn.vidan.workspace;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the page's own address, for the language switch to come back to. A page drawn
 * in answer to a form (a refused submission) comes back to the page the form was on, never to the POST's address.
 */
@ControllerAdvice(annotations = PageController.class)
class PageModel {

	@ModelAttribute("currentUrl")
	String currentUrl(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return fromReferer(request);
		}
		String query = request.getQueryString();
		return request.getRequestURI() + (query == null ? "" : "?" + query);
	}

	private static String fromReferer(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return "/";
		}
		try {
			URI from = URI.create(referer);
			boolean sameHost = from.getHost() == null || from.getHost().equalsIgnoreCase(request.getServerName());
			String path = from.getRawPath();
			return sameHost && path != null && path.startsWith("/")
					? path + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery()) : "/";
		}
		catch (IllegalArgumentException malformed) {
			return "/";
		}
	}

}
