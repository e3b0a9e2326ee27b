package vn.vidan.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Makes the {@link Idempotent} endpoints idempotent for callers that send an {@code Idempotency-Key}:
 * <ul>
 * <li>the first request with a key claims it ({@link IdempotentRequests}) and runs in one transaction that also
 * stores its answer; its answer reaches the client only after that commit;</li>
 * <li>a retry with the same key and the same method, path and body gets that answer again, with
 * {@code Idempotent-Replayed: true}; while the first still runs, a 409 with {@code Retry-After};</li>
 * <li>the same key with another body or endpoint is a 422; a refused or failed request (any answer but 2xx) gives
 * its key back, changing nothing.</li>
 * </ul>
 * Keys belong to the signed-in user; anonymous callers (the public portal) share one scope, where a key's answer is
 * repeated only to a request with the same body as well. Requests without the header pass untouched. Runs after
 * sign-in and the audit filter, before the controllers.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 5)
class IdempotencyFilter extends OncePerRequestFilter {

	static final int MAX_KEY_LENGTH = 255;

	/** Seconds a client should wait before asking again about a request still at work. */
	static final int RETRY_AFTER_SECONDS = 1;

	private final IdempotentRequests keys;

	private final ProblemMessages messages;

	private final ApplicationContext context;

	private final TransactionTemplate transactions;

	private volatile List<PathPattern> routes;

	IdempotencyFilter(IdempotentRequests keys, ProblemMessages messages, ApplicationContext context,
			PlatformTransactionManager transactions) {
		this.keys = keys;
		this.messages = messages;
		this.context = context;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** Thrown through the transaction template to carry a failure of the filter chain out of it. */
	private static final class ChainFailed extends RuntimeException {

		ChainFailed(Exception cause) {
			super(cause);
		}

	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(Idempotent.HEADER) == null
				|| !idempotent(path(request));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(Idempotent.HEADER);
		if (!wellFormed(key)) {
			messages.write(request, response,
					new ProblemException(HttpStatus.BAD_REQUEST, "web.idempotencyKeyInvalid", MAX_KEY_LENGTH));
			return;
		}
		byte[] body = request.getInputStream().readAllBytes();
		IdempotentRequests.Key caller = new IdempotentRequests.Key(scope(), key);
		String target = request.getQueryString() == null ? path(request) : path(request) + "?" + request.getQueryString();
		IdempotentRequests.Claim claim = keys.claim(caller, caller.fingerprint(request.getMethod(), target, body));
		if (claim instanceof IdempotentRequests.Claimed claimed) {
			run(new CachedBodyRequest(request, body), response, chain, caller, claimed.owner());
		}
		else if (claim instanceof IdempotentRequests.Replay replay) {
			replay(replay.answer(), response);
		}
		else if (claim instanceof IdempotentRequests.Reused) {
			messages.write(request, response,
					new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "web.idempotencyKeyReused"));
		}
		else {
			busy(request, response);
		}
	}

	/** Does the work once, storing its answer in the same transaction; sends the answer after the commit. */
	private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			IdempotentRequests.Key caller, String owner) throws ServletException, IOException {
		ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
		boolean[] overtaken = { false };
		boolean stored;
		try {
			stored = transactions.execute(transaction -> {
				try {
					chain.doFilter(request, buffered);
				}
				catch (IOException | ServletException e) {
					throw new ChainFailed(e);
				}
				int status = buffered.getStatus();
				if (status < 200 || status >= 300) {
					transaction.setRollbackOnly();
					return false;
				}
				if (!keys.finish(caller, owner, new IdempotentRequests.Answer(status, buffered.getContentType(),
						buffered.getHeader(HttpHeaders.LOCATION), buffered.getContentAsByteArray()))) {
					overtaken[0] = true;
					transaction.setRollbackOnly();
					return false;
				}
				return true;
			});
		}
		catch (RuntimeException failed) {
			keys.release(caller, owner);
			if (failed instanceof ChainFailed chainFailed) {
				if (chainFailed.getCause() instanceof IOException io) {
					throw io;
				}
				throw (ServletException) chainFailed.getCause();
			}
			throw failed;
		}
		if (overtaken[0]) {
			// Its lease ran out and a retry took the key over: this work was rolled back, the retry's counts.
			buffered.reset();
			busy(request, response);
			return;
		}
		if (!stored) {
			keys.release(caller, owner);
		}
		buffered.copyBodyToResponse();
	}

	private static void replay(IdempotentRequests.Answer answer, HttpServletResponse response) throws IOException {
		response.setStatus(answer.status());
		if (answer.contentType() != null) {
			response.setContentType(answer.contentType());
		}
		if (answer.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, answer.location());
		}
		response.setHeader(Idempotent.REPLAYED, "true");
		response.setContentLength(answer.body().length);
		response.getOutputStream().write(answer.body());
	}

	private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		messages.write(request, response,
				new ProblemException(HttpStatus.CONFLICT, "web.idempotencyKeyInFlight", RETRY_AFTER_SECONDS));
	}

	/** Visible ASCII, 1 to 255 characters (a UUID is a good key). */
	static boolean wellFormed(String key) {
		return !key.isEmpty() && key.length() <= MAX_KEY_LENGTH && key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
	}

	/** The signed-in user, or "" for anonymous callers (user names are never empty). */
	private static String scope() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return user == null || user instanceof AnonymousAuthenticationToken || !user.isAuthenticated() ? ""
				: user.getName();
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private boolean idempotent(String path) {
		PathContainer container = PathContainer.parsePath(path);
		return patterns().stream().anyMatch(pattern -> pattern.matches(container));
	}

	/** The {@link Idempotent} endpoints as "POST /path/{variable}", for tests and the report. */
	Set<String> routes() {
		Set<String> routes = new TreeSet<>();
		patterns().forEach(pattern -> routes.add("POST " + pattern.getPatternString()));
		return routes;
	}

	private List<PathPattern> patterns() {
		List<PathPattern> known = routes;
		if (known == null) {
			List<PathPattern> found = new ArrayList<>();
			context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping -> mapping
				.getHandlerMethods()
				.forEach((info, method) -> {
					if (method.hasMethodAnnotation(Idempotent.class)
							&& info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
						info.getPatternValues().forEach(value -> found.add(PathPatternParser.defaultInstance.parse(value)));
					}
				}));
			known = List.copyOf(found);
			routes = known;
		}
		return known;
	}

}
