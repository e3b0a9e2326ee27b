package vn.vidan.bench;

import java.time.Duration;

/**
 * How big a run is. {@code full} is what the issue asks for (60 s warm-up, 60 s measured, 500,000 open tasks,
 * 100,000 timers and open cases) sized to finish in under 30 minutes on 2 cores; {@code smoke} runs every scenario
 * small, in about 5 minutes, so CI proves the harness works. S5's history cost closes {@code historyCases} S2
 * lifecycles (and {@code historyDossiers} V2 dossiers on Vidan); its memory is read again after {@code idle}
 * (skipped when zero). The storm is cut at {@code stormLimit}: five storms (four systems, Vidan twice) must fit in
 * S4's share of the run.
 */
public record Scale(String name, int clients, Duration warmUp, Duration measure, Duration s1WarmUp, Duration s1Measure,
		int inboxOpenTasks, int inboxClosedCases, int inboxQueries, int stormTimers, Duration stormLimit,
		int openCases, int historyCases, int historyDossiers, Duration idle) {

	public static Scale of(String name) {
		return switch (name) {
			case "full" -> new Scale("full", 8, Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(10),
					Duration.ofSeconds(20), 500_000, 2_000_000, 300, 100_000, Duration.ofSeconds(60), 100_000, 500, 150,
					Duration.ofSeconds(30));
			case "smoke" -> new Scale("smoke", 4, Duration.ofSeconds(8), Duration.ofSeconds(12), Duration.ofSeconds(3),
					Duration.ofSeconds(6), 5_000, 20_000, 50, 1_000, Duration.ofSeconds(40), 1_000, 200, 30,
					Duration.ZERO);
			default -> throw new IllegalArgumentException("Scale is full or smoke, not " + name);
		};
	}

}
