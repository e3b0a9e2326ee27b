package vn.vidan.inbox;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Adds the inbox's {@link InboxTaskListener} to every user task of every deployed process, for each of its events. */
class InboxParseListener extends AbstractBpmnParseListener {

	private final TaskListener listener;

	InboxParseListener(TaskListener listener) {
		this.listener = listener;
	}

	@Override
	public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
		if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
			TaskDefinition definition = userTask.getTaskDefinition();
			for (String event : InboxTaskListener.EVENTS) {
				definition.addTaskListener(event, listener);
			}
		}
	}

}
