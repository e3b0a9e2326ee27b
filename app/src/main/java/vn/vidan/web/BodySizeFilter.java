package vn.vidan.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.filter.OrderedFilter;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps request bodies at {@code vidan.limits.max-body}, so no caller can fill the memory: a Content-Length over the
 * cap is answered 413 before a byte is read, and a body without one (chunked) is counted as it is read, failing with
 * {@link BodyTooLargeException} once it passes the cap ({@link ApiExceptionHandler} answers 413). Multipart uploads
 * are left to {@code spring.servlet.multipart}, which pages turn into their own messages.
 */
@Component
@Order(OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 103) // after ApiLocaleFilter, before Spring Security
class BodySizeFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final ProblemMessages problems;

	BodySizeFilter(LimitSettings settings, ProblemMessages problems) {
		this.maxBytes = settings.maxBody().toBytes();
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		if (contentType != null && contentType.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > maxBytes) {
			// Tomcat would otherwise read on to swallow the body it was promised.
			response.setHeader(HttpHeaders.CONNECTION, "close");
			problems.write(request, response, tooLarge(maxBytes));
			return;
		}
		try {
			chain.doFilter(new Capped(request, maxBytes), response);
		}
		catch (IOException | ServletException | RuntimeException e) {
			BodyTooLargeException tooLarge = find(e);
			if (tooLarge == null || response.isCommitted()) {
				throw e;
			}
			response.resetBuffer();
			response.setHeader(HttpHeaders.CONNECTION, "close");
			problems.write(request, response, tooLarge.problem());
		}
	}

	/** The cap's exception, wherever a reader of the body wrapped it; else null. */
	public static BodyTooLargeException find(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException tooLarge) {
				return tooLarge;
			}
		}
		return null;
	}

	static ProblemException tooLarge(long maxBytes) {
		return new ProblemException(HttpStatus.PAYLOAD_TOO_LARGE, "web.bodyTooLarge", maxBytes / (1024 * 1024));
	}

	/** A body read past the cap. An IOException, so whoever reads the body stops there. */
	public static final class BodyTooLargeException extends IOException {

		private final long maxBytes;

		BodyTooLargeException(long maxBytes) {
			super("request body over " + maxBytes + " bytes");
			this.maxBytes = maxBytes;
		}

		public ProblemException problem() {
			return tooLarge(maxBytes);
		}

	}

	private static final class Capped extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream counted;

		Capped(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (counted == null) {
				counted = new Counting(super.getInputStream(), maxBytes);
			}
			return counted;
		}

	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream in;

		private final long maxBytes;

		private long read;

		Counting(ServletInputStream in, long maxBytes) {
			this.in = in;
			this.maxBytes = maxBytes;
		}

		private int counted(int bytes) throws BodyTooLargeException {
			if (bytes > 0) {
				read += bytes;
				if (read > maxBytes) {
					throw new BodyTooLargeException(maxBytes);
				}
			}
			return bytes;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			return counted(in.read(buffer, offset, length));
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
