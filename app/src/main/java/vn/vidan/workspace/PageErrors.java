package vn.vidan.workspace;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import vn.vidan.web.DatabaseUnavailable;

/**
 * Failures of pages ({@link PageController}) become the error page with the right status: 403 for another unit's case,
 * 404 for an unknown one, 400 with the reason for a refused action, 503 with {@code Retry-After} while the database is
 * out of reach, else a plain "nothing was changed" page. Never a stack trace, never the submitted values.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	private final MessageSource messages;

	PageErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView denied(HttpServletResponse response) {
		return page(response, HttpStatus.FORBIDDEN, null);
	}

	@ExceptionHandler(Exception.class)
	ModelAndView failed(Exception failure, HttpServletResponse response) throws Exception {
		if (DatabaseUnavailable.causedBy(failure)) {
			log.warn("Database unavailable: {}", failure.toString());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
			return page(response, HttpStatus.SERVICE_UNAVAILABLE, null);
		}
		if (failure instanceof ErrorResponse known) {
			HttpStatus status = HttpStatus.resolve(known.getStatusCode().value());
			// The problem's words in the person's language (i18n/problems_*.properties).
			String detail = known.updateAndGetBody(messages, LocaleContextHolder.getLocale()).getDetail();
			return page(response, status == null ? HttpStatus.BAD_REQUEST : status, detail);
		}
		log.error("Page failed", failure);
		return page(response, HttpStatus.INTERNAL_SERVER_ERROR, null);
	}

	private static ModelAndView page(HttpServletResponse response, HttpStatus status, String detail) {
		response.setStatus(status.value());
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("detail", detail);
		return page;
	}

}
