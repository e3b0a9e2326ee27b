package vn.vidan.inbox;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Registers the inbox's parse listener, so every user task carries {@link InboxTaskListener}. The listener finds its
 * beans lazily: they need the engine's services, which this plugin helps to build.
 */
@Component
class InboxEnginePlugin extends AbstractProcessEnginePlugin {

	private final InboxTaskListener listener;

	InboxEnginePlugin(ObjectProvider<InboxProjection> projection, ObjectProvider<AssigneeScope> assignees) {
		this.listener = new InboxTaskListener(projection, assignees);
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new InboxParseListener(listener));
	}

}
