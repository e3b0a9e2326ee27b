package vn.vidan.process;

import java.util.AbstractMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;

/**
 * The beans BPMN may call: every bean annotated {@link ProcessBean}. The map resolves beans lazily, so handing it to
 * the engine at start-up creates no bean early.
 */
final class ProcessBeanWhitelist extends AbstractMap<Object, Object> {

	private final ApplicationContext context;

	private final Set<String> names;

	ProcessBeanWhitelist(ApplicationContext context) {
		this.context = context;
		this.names = Set.of(context.getBeanNamesForAnnotation(ProcessBean.class));
	}

	Set<String> names() {
		return new TreeSet<>(names);
	}

	/** True when BPMN naming {@code name} would reach a Spring bean that is not whitelisted. */
	boolean isForbiddenBean(String name) {
		return !names.contains(name) && context.containsBean(name);
	}

	@Override
	public boolean containsKey(Object key) {
		return names.contains(key);
	}

	@Override
	public Object get(Object key) {
		return names.contains(key) ? context.getBean((String) key) : null;
	}

	@Override
	public Set<Entry<Object, Object>> entrySet() {
		return names.stream()
			.map(name -> (Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(name, get(name)))
			.collect(Collectors.toUnmodifiableSet());
	}

}
