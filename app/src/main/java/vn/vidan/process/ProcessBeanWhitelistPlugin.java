package vn.vidan.process;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Limits the beans the engine resolves in expressions to the {@link ProcessBean} whitelist and refuses deployments
 * that name any other bean.
 */
@Component
class ProcessBeanWhitelistPlugin extends AbstractProcessEnginePlugin {

	private final ApplicationContext context;

	ProcessBeanWhitelistPlugin(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		ProcessBeanWhitelist whitelist = new ProcessBeanWhitelist(context);
		configuration.setBeans(whitelist);
		if (configuration.getCustomPreBPMNParseListeners() == null) {
			configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPreBPMNParseListeners().add(new BeanWhitelistParseListener(whitelist));
	}

}
