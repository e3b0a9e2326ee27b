package vn.vidan.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's REST API finds its process engine through a {@link java.util.ServiceLoader} on every call, twice (its
 * authentication filter and each resource), and each look-up searches every jar of the app for the provider file: an
 * eighth of the CPU of an officer's task. For {@code /engine-rest} calls the thread's context class loader is one that
 * answers {@code META-INF/services/} look-ups from memory, read once; everything else, classes included, it leaves to
 * the usual loader, so the same classes and the same provider come back.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 4)
class EngineLookups extends OncePerRequestFilter {

	private final Map<ClassLoader, ServiceFiles> loaders = new ConcurrentHashMap<>();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Thread thread = Thread.currentThread();
		ClassLoader usual = thread.getContextClassLoader();
		if (usual == null || usual instanceof ServiceFiles) {
			chain.doFilter(request, response);
			return;
		}
		thread.setContextClassLoader(loaders.computeIfAbsent(usual, ServiceFiles::new));
		try {
			chain.doFilter(request, response);
		}
		finally {
			thread.setContextClassLoader(usual);
		}
	}

	/** The usual loader, with the service provider files remembered (they do not change while the app runs). */
	static final class ServiceFiles extends ClassLoader {

		private static final String SERVICES = "META-INF/services/";

		static {
			registerAsParallelCapable();
		}

		private final Map<String, List<URL>> files = new ConcurrentHashMap<>();

		ServiceFiles(ClassLoader usual) {
			super(usual);
		}

		@Override
		public Enumeration<URL> getResources(String name) throws IOException {
			if (!name.startsWith(SERVICES)) {
				return super.getResources(name);
			}
			try {
				return Collections.enumeration(files.computeIfAbsent(name, this::read));
			}
			catch (UncheckedIOException e) {
				throw e.getCause();
			}
		}

		/** Every copy of the file, each held as its bytes behind a URL of its own. */
		private List<URL> read(String name) {
			List<URL> copies = new ArrayList<>();
			try {
				for (URL found : Collections.list(getParent().getResources(name))) {
					byte[] content;
					try (InputStream in = found.openStream()) {
						content = in.readAllBytes();
					}
					copies.add(new URL(null, "vidan-service:" + found, new InMemory(content)));
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return List.copyOf(copies);
		}

	}

	/** Serves one remembered file. */
	private static final class InMemory extends URLStreamHandler {

		private final byte[] content;

		InMemory(byte[] content) {
			this.content = content;
		}

		@Override
		protected URLConnection openConnection(URL url) {
			return new URLConnection(url) {

				@Override
				public void connect() {
					connected = true;
				}

				@Override
				public InputStream getInputStream() {
					return new ByteArrayInputStream(content);
				}

			};
		}

	}

}
