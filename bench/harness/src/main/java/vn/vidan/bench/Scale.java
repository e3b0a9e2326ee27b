package vn.vidan.bench;

import java.time.Duration;

/**
 * How big a run is. {@code full} is what the issue asks for (a 60-s warm-up, 500,000 open tasks, 100,000 timers
 * and open cases) sized to finish in under 30 minutes on 2 cores; {@code smoke} runs every scenario small, in about
 * 5 minutes, so CI proves the harness works. S2 warms each JVM up for {@code warmUp} and measures {@code measure};
 * V2 and S1 run on Vidan's JVM after S2 (S1 on each peer's), so their own warm-ups ({@code v2WarmUp},
 * {@code s1WarmUp}) come on top of S2's two minutes; S1 on a peer restarted at another history level warms up for
 * {@code s1ColdWarmUp} (smoke skips that restart: the same S1 on the same peers). S4 storms on two nodes of
 * Vidan, and of each peer when {@code peerStormsOnTwoNodes} (smoke: Vidan only). S5's history cost closes {@code historyCases} S2
 * lifecycles (and {@code historyDossiers} V2 dossiers on Vidan). A storm makes {@code stormTimers} of the
 * {@code openCases} timers due at once (Vidan's two-node storm those the one-node storm left) and is cut
 * {@code stormLimit} after its first escalation: five storms (four systems, Vidan twice) must fit in S4's share of
 * the run.
 */
public record Scale(String name, int clients, Duration warmUp, Duration measure, Duration v2WarmUp,
		Duration s1WarmUp, Duration s1ColdWarmUp, Duration s1Measure, int inboxOpenTasks, int inboxClosedCases,
		int inboxQueries, int stormTimers, Duration stormLimit, int openCases, int historyCases, int historyDossiers,
		boolean s1AtVidansHistory, boolean peerStormsOnTwoNodes) {

	public static Scale of(String name) {
		return switch (name) {
			case "full" -> new Scale("full", 8, seconds(60), seconds(45), seconds(30), seconds(5), seconds(15),
					seconds(15), 500_000, 2_000_000, 300, 100_000, seconds(20), 100_000, 500, 150, true, true);
			case "smoke" -> new Scale("smoke", 4, seconds(4), seconds(6), seconds(3), seconds(2), seconds(3), seconds(3),
					5_000, 20_000, 30, 400, seconds(15), 800, 60, 12, false, false);
			default -> throw new IllegalArgumentException("Scale is full or smoke, not " + name);
		};
	}

	private static Duration seconds(int seconds) {
		return Duration.ofSeconds(seconds);
	}

}
