package vn.vidan.secondment;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.vidan.process.CaseSummaries;
import vn.vidan.process.CaseSummary;
import vn.vidan.process.CaseType;
import vn.vidan.processes.secondment.SecondmentTermProcess;
import vn.vidan.processes.secondment.SecondmentWaveProcess;

/**
 * A secondment wave as lists show it (its terms run under the wave's code too): the wave's name, its status and
 * province; found by wave code and name.
 */
@Component
class WaveCaseSummaries implements CaseSummaries {

	private final WaveRepository waves;

	WaveCaseSummaries(WaveRepository waves) {
		this.waves = waves;
	}

	@Override
	public boolean covers(String processDefinitionKey) {
		return SecondmentWaveProcess.PROCESS_KEY.equals(processDefinitionKey)
				|| SecondmentTermProcess.PROCESS_KEY.equals(processDefinitionKey);
	}

	@Override
	public Optional<CaseSummary> summary(String businessKey) {
		return businessKey == null ? Optional.empty() : waves.findById(businessKey).map(WaveCaseSummaries::of);
	}

	private static CaseSummary of(SecondmentWave wave) {
		return new CaseSummary(CaseType.WAVE, wave.getCode(), wave.getName(), null, null,
				wave.getStatus() == null ? null : wave.getStatus().name(), wave.getProvinceCode(), null,
				String.join("\n", wave.getCode(), wave.getName()));
	}

}
