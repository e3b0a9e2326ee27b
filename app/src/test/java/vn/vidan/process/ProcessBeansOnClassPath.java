package vn.vidan.process;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/** The {@link ProcessBean}s of the app by name, found on the class path without starting Spring. */
final class ProcessBeansOnClassPath {

	private static Map<String, Class<?>> beans;

	private ProcessBeansOnClassPath() {
	}

	static synchronized Map<String, Class<?>> all() {
		if (beans == null) {
			ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
			scanner.addIncludeFilter(new AnnotationTypeFilter(ProcessBean.class));
			beans = new HashMap<>();
			for (BeanDefinition definition : scanner.findCandidateComponents("vn.vidan")) {
				Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(),
						ProcessBeansOnClassPath.class.getClassLoader());
				beans.put(type.getAnnotation(ProcessBean.class).value(), type);
			}
		}
		return beans;
	}

}
