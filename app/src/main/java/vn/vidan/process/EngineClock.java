package vn.vidan.process;

import java.time.Instant;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The time as the engine sees it. Services stamp case data with it, so a test that sets the engine's clock moves
 * timers, due dates and our records together.
 */
public final class EngineClock {

	private EngineClock() {
	}

	public static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}
