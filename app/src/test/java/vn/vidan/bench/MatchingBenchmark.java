package vn.vidan.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import vn.vidan.org.Skill;
import vn.vidan.secondment.CommuneNeed;
import vn.vidan.secondment.FocusTask;
import vn.vidan.secondment.GeoPoint;
import vn.vidan.secondment.MatchingInput;
import vn.vidan.secondment.MatchingProposal;
import vn.vidan.secondment.Nominee;
import vn.vidan.secondment.Period;
import vn.vidan.secondment.SecondmentMatcher;

/**
 * How fast the secondment matcher is on a synthetic province (fixed seed): {@code bench.match.nominees} officers
 * (default 500) of 16 departments and 8 district police units for {@code bench.match.communes} communes (default 150)
 * with 2 to 4 places each (fewer places than officers, so a refused officer has a replacement). Prints the median and
 * slowest of {@code bench.match.runs} timed runs after a warm-up, the same for a re-run that pins the proposal but for
 * ten refused officers, and checks that two runs, and a shuffled input, give equal proposals. Run:
 * {@code ./mvnw -pl app -am -Pbenchmark -DskipTests test}.
 */
public final class MatchingBenchmark {

	private static final Period WAVE = new Period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30));

	private MatchingBenchmark() {
	}

	public static void main(String[] args) {
		int nomineeCount = Integer.getInteger("bench.match.nominees", 500);
		int communeCount = Integer.getInteger("bench.match.communes", 150);
		int runs = Math.max(1, Integer.getInteger("bench.match.runs", 21));
		MatchingInput input = province(nomineeCount, communeCount, new Random(42));
		SecondmentMatcher matcher = new SecondmentMatcher();
		int places = input.communes().stream().mapToInt(CommuneNeed::quota).sum();
		System.out.printf("Synthetic wave: %d nominees, %d communes, %d places%n", nomineeCount, communeCount, places);

		for (int i = 0; i < 10; i++) { // warm-up
			matcher.match(input);
		}
		MatchingProposal proposal = time("Matching", runs, () -> matcher.match(input));
		System.out.printf("Assigned %d, unfilled places %d, unassigned nominees %d, total score %d%n",
				proposal.assignedCount(), proposal.unfilledPlaces(), proposal.unassigned().size(), proposal.totalScore());

		List<CommuneNeed> communes = new ArrayList<>(input.communes());
		List<Nominee> nominees = new ArrayList<>(input.nominees());
		Collections.shuffle(communes, new Random(7));
		Collections.shuffle(nominees, new Random(7));
		MatchingProposal shuffled = matcher.match(new MatchingInput(WAVE, communes, nominees));
		System.out.printf("Deterministic: two runs equal %s, shuffled input equal %s%n",
				matcher.match(input).equals(proposal), shuffled.equals(proposal));

		Map<String, String> pinned = new TreeMap<>(proposal.placements());
		Set<String> refused = new TreeSet<>();
		for (String username : List.copyOf(pinned.keySet()).subList(0, Math.min(10, pinned.size()))) {
			pinned.remove(username);
			refused.add(username);
		}
		MatchingInput adjusted = input.adjusted(pinned, refused);
		MatchingProposal replaced = time("Re-run, ten refused, the rest pinned", runs, () -> matcher.match(adjusted));
		System.out.printf("Re-run: assigned %d, unfilled places %d%n", replaced.assignedCount(),
				replaced.unfilledPlaces());
	}

	private static MatchingProposal time(String what, int runs, java.util.function.Supplier<MatchingProposal> match) {
		long[] nanos = new long[runs];
		MatchingProposal proposal = null;
		for (int i = 0; i < runs; i++) {
			long started = System.nanoTime();
			proposal = match.get();
			nanos[i] = System.nanoTime() - started;
		}
		Arrays.sort(nanos);
		System.out.printf("%s: median %.1f ms, max %.1f ms over %d runs%n", what, nanos[runs / 2] / 1e6,
				nanos[runs - 1] / 1e6, runs);
		return proposal;
	}

	/** Communes scattered over some 130 × 110 km around a provincial capital; departments there, districts around. */
	private static MatchingInput province(int nomineeCount, int communeCount, Random random) {
		GeoPoint capital = new GeoPoint(12.0030, 107.6900);
		List<CommuneNeed> communes = new ArrayList<>();
		for (int c = 0; c < communeCount; c++) {
			Set<FocusTask> focus = EnumSet.noneOf(FocusTask.class);
			for (int t = 1 + random.nextInt(3); t > 0; t--) {
				focus.add(FocusTask.values()[random.nextInt(FocusTask.values().length)]);
			}
			communes.add(new CommuneNeed(String.format("XA%03d", c), "Xã số " + c, 2 + random.nextInt(3), focus,
					new GeoPoint(11.7 + random.nextDouble() * 1.2, 107.2 + random.nextDouble() * 1.0)));
		}
		List<String> units = new ArrayList<>();
		List<GeoPoint> unitLocations = new ArrayList<>();
		for (int d = 1; d <= 16; d++) {
			units.add(String.format("PC%02d", d));
			unitLocations.add(capital);
		}
		for (int d = 1; d <= 8; d++) {
			units.add(String.format("CAH%02d", d));
			unitLocations.add(new GeoPoint(11.7 + random.nextDouble() * 1.2, 107.2 + random.nextDouble() * 1.0));
		}
		List<Nominee> nominees = new ArrayList<>();
		for (int o = 0; o < nomineeCount; o++) {
			int unit = random.nextInt(units.size());
			Set<Skill> skills = EnumSet.noneOf(Skill.class);
			for (int s = 1 + random.nextInt(3); s > 0; s--) {
				skills.add(Skill.values()[random.nextInt(Skill.values().length)]);
			}
			String home = random.nextInt(10) < 3 ? communes.get(random.nextInt(communeCount)).unitCode() : null;
			List<Nominee.Commitment> commitments = switch (random.nextInt(20)) {
				case 0 -> List.of(new Nominee.Commitment("DOT-2025-01",
						new Period(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 7, 15))));
				case 1 -> List.of(new Nominee.Commitment("DOT-2024-04",
						new Period(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31))));
				default -> List.of();
			};
			nominees.add(new Nominee(String.format("canbo%04d", o), "Cán bộ " + o, units.get(unit), skills, home,
					unitLocations.get(unit), commitments));
		}
		return new MatchingInput(WAVE, communes, nominees);
	}

}
