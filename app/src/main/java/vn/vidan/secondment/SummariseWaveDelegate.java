package vn.vidan.secondment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import vn.vidan.process.EngineClock;
import vn.vidan.process.ProcessBean;

/** {@code ServiceTask_SummariseWave}: every place has ended; the wave closes (its summary is read from the reports). */
@ProcessBean("summariseWaveDelegate")
class SummariseWaveDelegate implements JavaDelegate {

	private final Waves waves;

	SummariseWaveDelegate(Waves waves) {
		this.waves = waves;
	}

	@Override
	public void execute(DelegateExecution execution) {
		waves.find(execution.getProcessBusinessKey()).close(EngineClock.now());
	}

}
