package vn.vidan.workspace;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: the page's own address, for the language switch to come back to. */
@ControllerAdvice(annotations = PageController.class)
class PageModel {

	@ModelAttribute("currentUrl")
	String currentUrl(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getRequestURI() + (query == null ? "" : "?" + query);
	}

}
