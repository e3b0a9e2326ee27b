package vn.vidan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.junit.jupiter.api.Test;

/** Camunda's REST API finds the same engine provider through the remembered service files, reading them once. */
class EngineLookupsTests {

	@Test
	void findsTheSameProviderAndSearchesTheJarsOnlyOnce() {
		AtomicInteger searches = new AtomicInteger();
		ClassLoader usual = new ClassLoader(getClass().getClassLoader()) {

			@Override
			public Enumeration<URL> getResources(String name) throws IOException {
				if (name.startsWith("META-INF/services/")) {
					searches.incrementAndGet();
				}
				return super.getResources(name);
			}

		};
		EngineLookups.ServiceFiles remembered = new EngineLookups.ServiceFiles(usual);

		List<Class<?>> found = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			ServiceLoader.load(ProcessEngineProvider.class, remembered).forEach(provider -> found.add(provider.getClass()));
		}
		List<Class<?>> expected = new ArrayList<>();
		ServiceLoader.load(ProcessEngineProvider.class, getClass().getClassLoader())
			.forEach(provider -> expected.add(provider.getClass()));

		assertThat(expected).isNotEmpty();
		assertThat(found).hasSize(3 * expected.size()).containsOnlyElementsOf(expected);
		assertThat(searches).hasValue(1);
	}

}
