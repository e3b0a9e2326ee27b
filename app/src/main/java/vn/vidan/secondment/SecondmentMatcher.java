package vn.vidan.secondment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;

import vn.vidan.org.Skill;

/**
 * Proposes which nominated officer goes to which commune in a secondment wave, and explains each choice. Pure and
 * deterministic: no clock, no randomness, no iteration over hash order; communes are taken in unit-code order and
 * officers in username order, so the same wave gives the same proposal however its lists were ordered, and that
 * order settles ties.
 *
 * <p>
 * <b>Hard rules.</b> An officer goes to at most one commune, never to their home commune, never while serving in
 * another wave that overlaps this one, and never when excluded; no commune gets more officers than its quota. Pinned
 * assignments stay as they are and take the commune's first places.
 *
 * <p>
 * <b>Score</b> of officer <i>o</i> in commune <i>c</i> (points, higher is better):
 * <ul>
 * <li>+{@value #POINTS_PER_FOCUS_TASK} for each focus task of <i>c</i> that at least one skill of <i>o</i> serves (see
 * {@link FocusTask#skills()}),</li>
 * <li>+{@value #POINTS_PER_MATCHING_SKILL} for each distinct skill of <i>o</i> that serves some focus task of <i>c</i>
 * (more fitting skills, better),</li>
 * <li>−{@value #POINTS_PER_KM} per kilometre from <i>o</i>'s source unit to <i>c</i> (great circle, rounded),</li>
 * <li>−{@value #SAME_SOURCE_UNIT_PENALTY} for each officer of the same source unit placed in <i>c</i> before <i>o</i>
 * (a mix of source units is preferred, not required).</li>
 * </ul>
 * So covering one more focus task outweighs 100 km, and a commune takes a second officer of the same unit only when
 * the best officer of another unit scores more than 40 points less.
 *
 * <p>
 * <b>Algorithm.</b>
 * <ol>
 * <li>Rounds fill places fairly: round <i>r</i> gives at most one officer to every commune that holds fewer than
 * <i>r</i> officers and has a quota of at least <i>r</i>, so every commune gets its first officer before any gets its
 * second, and a shortage is spread. Within a round the communes and the free officers form an assignment problem
 * solved exactly by the {@link Hungarian} method (most places filled first, then the highest total score, the
 * source-unit penalty counted against the officers already there).</li>
 * <li>A commune left open only because every free officer comes from it gets one by a two-step exchange: an officer
 * already placed elsewhere moves there and the local officer takes the vacated place. Home commune being the only
 * pairwise rule, this fills as many places as any assignment could.</li>
 * <li>A bounded local search (at most {@value #MAX_IMPROVEMENT_PASSES} passes) then swaps two placed officers between
 * communes, or a placed officer with a free one, whenever that strictly raises the total score; pinned officers never
 * move, and no commune's count changes.</li>
 * </ol>
 * 500 officers × 150 communes take some 15–20 ms on one core ({@code vn.vidan.bench.MatchingBenchmark}).
 */
public final class SecondmentMatcher {

	/** Points for each focus task the officer's skills serve. */
	static final int POINTS_PER_FOCUS_TASK = 100;

	/** Points for each distinct skill that serves a focus task. */
	static final int POINTS_PER_MATCHING_SKILL = 10;

	/** Points off per kilometre from the source unit. */
	static final int POINTS_PER_KM = 1;

	/** Points off for each officer of the same source unit already in the commune. */
	static final int SAME_SOURCE_UNIT_PENALTY = 40;

	/** How many times the local search goes over all pairs at most. */
	static final int MAX_IMPROVEMENT_PASSES = 10;

	/** Cost of a pair the rules forbid; far above any total of real scores, so fewer forbidden pairs always win. */
	private static final long FORBIDDEN = 1_000_000_000_000L;

	private static final int NOBODY = -1;

	public MatchingProposal match(MatchingInput input) {
		Run run = new Run(input);
		run.fillInRounds();
		run.improve();
		return run.proposal();
	}

	/** One matching: the indexed wave and the assignment as it grows. */
	private static final class Run {

		private final MatchingInput input;

		private final CommuneNeed[] communes;

		private final Nominee[] nominees;

		private final String[] unitCodes;

		/** Per nominee: index of the source unit, of the home commune ({@link #NOBODY} if not in the wave). */
		private final int[] unit;

		private final int[] home;

		/** Neither excluded nor busy in an overlapping wave. */
		private final boolean[] available;

		private final boolean[] pinned;

		/** [nominee][commune]: points for skills, and rounded kilometres. */
		private final int[][] skillPoints;

		private final int[][] km;

		/** Per nominee: the commune and place index, {@link #NOBODY} when free. */
		private final int[] communeOf;

		private final int[] placeOf;

		/** [commune][place]: the nominee in that place; {@code filled[c]} places are taken. */
		private final int[][] places;

		private final int[] filled;

		/** [commune][unit]: officers of the unit in the commune. */
		private final int[][] unitCount;

		Run(MatchingInput input) {
			this.input = input;
			this.communes = input.communes()
				.stream()
				.sorted(Comparator.comparing(CommuneNeed::unitCode))
				.toArray(CommuneNeed[]::new);
			this.nominees = input.nominees()
				.stream()
				.sorted(Comparator.comparing(Nominee::username))
				.toArray(Nominee[]::new);
			Map<String, Integer> communeIndex = new HashMap<>(); // looked up, never iterated
			for (int c = 0; c < communes.length; c++) {
				communeIndex.put(communes[c].unitCode(), c);
			}
			TreeSet<String> sourceUnits = new TreeSet<>();
			for (Nominee nominee : nominees) {
				sourceUnits.add(nominee.sourceUnitCode());
			}
			this.unitCodes = sourceUnits.toArray(String[]::new);
			int n = nominees.length;
			this.unit = new int[n];
			this.home = new int[n];
			this.available = new boolean[n];
			this.pinned = new boolean[n];
			this.skillPoints = new int[n][communes.length];
			this.km = new int[n][communes.length];
			this.communeOf = new int[n];
			this.placeOf = new int[n];
			Arrays.fill(communeOf, NOBODY);
			Arrays.fill(placeOf, NOBODY);
			this.places = new int[communes.length][];
			this.filled = new int[communes.length];
			this.unitCount = new int[communes.length][unitCodes.length];
			for (int c = 0; c < communes.length; c++) {
				places[c] = new int[communes[c].quota()];
			}

			int[][] taskMasks = new int[communes.length][];
			int[] servingMask = new int[communes.length];
			for (int c = 0; c < communes.length; c++) {
				taskMasks[c] = communes[c].focus().stream().mapToInt(task -> mask(task.skills())).toArray();
				for (int taskMask : taskMasks[c]) {
					servingMask[c] |= taskMask;
				}
			}
			for (int o = 0; o < n; o++) {
				Nominee nominee = nominees[o];
				unit[o] = Arrays.binarySearch(unitCodes, nominee.sourceUnitCode());
				home[o] = nominee.homeCommuneCode() == null ? NOBODY
						: communeIndex.getOrDefault(nominee.homeCommuneCode(), NOBODY);
				available[o] = !input.excluded().contains(nominee.username())
						&& input.overlappingCommitment(nominee).isEmpty();
				int skills = mask(nominee.skills());
				for (int c = 0; c < communes.length; c++) {
					int coveredTasks = 0;
					for (int taskMask : taskMasks[c]) {
						if ((taskMask & skills) != 0) {
							coveredTasks++;
						}
					}
					skillPoints[o][c] = POINTS_PER_FOCUS_TASK * coveredTasks
							+ POINTS_PER_MATCHING_SKILL * Integer.bitCount(skills & servingMask[c]);
					km[o][c] = (int) Math.round(nominee.sourceLocation().distanceKm(communes[c].location()));
				}
			}
			for (int o = 0; o < n; o++) { // in username order, so pinned officers take the first places by username
				String communeCode = input.pinned().get(nominees[o].username());
				if (communeCode != null) {
					pinned[o] = true;
					place(o, communeIndex.get(communeCode));
				}
			}
		}

		private static int mask(Set<Skill> skills) {
			int mask = 0;
			for (Skill skill : skills) {
				mask |= 1 << skill.ordinal();
			}
			return mask;
		}

		/** Officer {@code o} in commune {@code c}, without the source-unit mix. */
		private int score(int o, int c) {
			return skillPoints[o][c] - POINTS_PER_KM * km[o][c];
		}

		/** What the commune's source-unit penalty gains when officer {@code in} takes the place of {@code out}. */
		private int mixGainOfReplacing(int c, int out, int in) {
			if (unit[out] == unit[in]) {
				return 0;
			}
			return SAME_SOURCE_UNIT_PENALTY * (unitCount[c][unit[out]] - 1 - unitCount[c][unit[in]]);
		}

		private boolean free(int o) {
			return available[o] && communeOf[o] == NOBODY;
		}

		private boolean movable(int o) {
			return communeOf[o] != NOBODY && !pinned[o];
		}

		private void place(int o, int c) {
			places[c][filled[c]] = o;
			communeOf[o] = c;
			placeOf[o] = filled[c]++;
			unitCount[c][unit[o]]++;
		}

		/** Officer {@code in} takes the place of {@code out}, who becomes free. */
		private void replace(int out, int in) {
			int c = communeOf[out];
			places[c][placeOf[out]] = in;
			communeOf[in] = c;
			placeOf[in] = placeOf[out];
			communeOf[out] = NOBODY;
			placeOf[out] = NOBODY;
			unitCount[c][unit[out]]--;
			unitCount[c][unit[in]]++;
		}

		private void swap(int a, int b) {
			int communeOfA = communeOf[a];
			int placeOfA = placeOf[a];
			int communeOfB = communeOf[b];
			int placeOfB = placeOf[b];
			places[communeOfA][placeOfA] = b;
			places[communeOfB][placeOfB] = a;
			communeOf[a] = communeOfB;
			placeOf[a] = placeOfB;
			communeOf[b] = communeOfA;
			placeOf[b] = placeOfA;
			unitCount[communeOfA][unit[a]]--;
			unitCount[communeOfA][unit[b]]++;
			unitCount[communeOfB][unit[b]]--;
			unitCount[communeOfB][unit[a]]++;
		}

		void fillInRounds() {
			int maxQuota = Arrays.stream(communes).mapToInt(CommuneNeed::quota).max().orElse(0);
			for (int round = 1; round <= maxQuota; round++) {
				List<Integer> open = new ArrayList<>();
				for (int c = 0; c < communes.length; c++) {
					if (filled[c] < round && filled[c] < communes[c].quota()) {
						open.add(c);
					}
				}
				List<Integer> free = new ArrayList<>();
				for (int o = 0; o < nominees.length; o++) {
					if (free(o)) {
						free.add(o);
					}
				}
				if (free.isEmpty()) {
					return;
				}
				if (open.isEmpty()) {
					continue;
				}
				assignOnePerCommune(open, free);
				for (int c : open) {
					while (filled[c] < Math.min(round, communes[c].quota()) && exchangeForLocalOfficer(c)) {
						// one more place of c filled
					}
				}
			}
		}

		/** The round's assignment problem: each open commune at most one free officer, best total score. */
		private void assignOnePerCommune(List<Integer> open, List<Integer> free) {
			boolean communesAsRows = open.size() <= free.size();
			int rows = communesAsRows ? open.size() : free.size();
			int columns = communesAsRows ? free.size() : open.size();
			long[][] cost = new long[rows][columns];
			for (int i = 0; i < open.size(); i++) {
				int c = open.get(i);
				for (int k = 0; k < free.size(); k++) {
					int o = free.get(k);
					long pairCost = home[o] == c ? FORBIDDEN
							: -(score(o, c) - (long) SAME_SOURCE_UNIT_PENALTY * unitCount[c][unit[o]]);
					if (communesAsRows) {
						cost[i][k] = pairCost;
					}
					else {
						cost[k][i] = pairCost;
					}
				}
			}
			int[] columnOfRow = Hungarian.solve(cost);
			for (int row = 0; row < rows; row++) {
				int c = open.get(communesAsRows ? row : columnOfRow[row]);
				int o = free.get(communesAsRows ? columnOfRow[row] : row);
				if (home[o] != c) {
					place(o, c);
				}
			}
		}

		/**
		 * Fills one place of commune {@code a}, when only officers from {@code a} itself are free, by moving an officer
		 * placed elsewhere to {@code a} and giving the vacated place to a local officer. Picks the exchange that costs
		 * the fewest points.
		 */
		private boolean exchangeForLocalOfficer(int a) {
			int bestLocal = NOBODY;
			int bestMover = NOBODY;
			long bestGain = Long.MIN_VALUE;
			for (int local = 0; local < nominees.length; local++) {
				if (!free(local) || home[local] != a) {
					continue;
				}
				for (int mover = 0; mover < nominees.length; mover++) {
					if (!movable(mover) || communeOf[mover] == a || home[mover] == a) {
						continue;
					}
					int c = communeOf[mover];
					long gain = score(local, c) - score(mover, c) + mixGainOfReplacing(c, mover, local)
							+ score(mover, a) - (long) SAME_SOURCE_UNIT_PENALTY * unitCount[a][unit[mover]];
					if (gain > bestGain) {
						bestGain = gain;
						bestLocal = local;
						bestMover = mover;
					}
				}
			}
			if (bestLocal == NOBODY) {
				return false;
			}
			replace(bestMover, bestLocal);
			place(bestMover, a);
			return true;
		}

		/** Local search: swaps that strictly raise the total score; counts per commune stay as they are. */
		void improve() {
			for (int pass = 0; pass < MAX_IMPROVEMENT_PASSES; pass++) {
				boolean improved = false;
				for (int a = 0; a < nominees.length; a++) {
					for (int b = a + 1; b < nominees.length && movable(a); b++) {
						if (movable(b) && communeOf[a] != communeOf[b] && home[a] != communeOf[b]
								&& home[b] != communeOf[a] && swapGain(a, b) > 0) {
							swap(a, b);
							improved = true;
						}
					}
				}
				for (int out = 0; out < nominees.length; out++) {
					for (int in = 0; in < nominees.length && movable(out); in++) {
						if (free(in) && home[in] != communeOf[out] && replaceGain(out, in) > 0) {
							replace(out, in);
							improved = true;
						}
					}
				}
				if (!improved) {
					return;
				}
			}
		}

		private int swapGain(int a, int b) {
			int communeOfA = communeOf[a];
			int communeOfB = communeOf[b];
			return score(a, communeOfB) + score(b, communeOfA) - score(a, communeOfA) - score(b, communeOfB)
					+ mixGainOfReplacing(communeOfA, a, b) + mixGainOfReplacing(communeOfB, b, a);
		}

		private int replaceGain(int out, int in) {
			int c = communeOf[out];
			return score(in, c) - score(out, c) + mixGainOfReplacing(c, out, in);
		}

		MatchingProposal proposal() {
			Map<String, List<Assignment>> assignments = new LinkedHashMap<>();
			List<MatchingProposal.UnfilledPlaces> unfilled = new ArrayList<>();
			int availableCount = 0;
			for (boolean officerAvailable : available) {
				availableCount += officerAvailable ? 1 : 0;
			}
			int placeCount = Arrays.stream(communes).mapToInt(CommuneNeed::quota).sum();
			for (int c = 0; c < communes.length; c++) {
				List<Assignment> list = new ArrayList<>();
				int[] sameUnitBefore = new int[unitCodes.length];
				for (int p = 0; p < filled[c]; p++) {
					int o = places[c][p];
					list.add(explain(o, c, p, sameUnitBefore[unit[o]]++));
				}
				assignments.put(communes[c].unitCode(), list);
				if (filled[c] < communes[c].quota()) {
					unfilled.add(new MatchingProposal.UnfilledPlaces(communes[c].unitCode(),
							communes[c].quota() - filled[c], whyUnfilled(c, availableCount, placeCount)));
				}
			}
			List<MatchingProposal.Unassigned> unassigned = new ArrayList<>();
			for (int o = 0; o < nominees.length; o++) {
				if (communeOf[o] == NOBODY) {
					unassigned.add(new MatchingProposal.Unassigned(nominees[o].username(), whyUnassigned(o)));
				}
			}
			return new MatchingProposal(assignments, unfilled, unassigned);
		}

		private Assignment explain(int o, int c, int place, int sameUnitBefore) {
			Nominee nominee = nominees[o];
			CommuneNeed commune = communes[c];
			List<Reason> reasons = new ArrayList<>();
			if (pinned[o]) {
				reasons.add(
						new Reason(Reason.Code.PINNED, "Do Phòng Tổ chức cán bộ ấn định, giữ nguyên khi đề xuất lại"));
			}
			StringJoiner matches = new StringJoiner("; ");
			for (FocusTask task : commune.focus()) {
				StringJoiner skills = new StringJoiner(" + ");
				for (Skill skill : nominee.skills()) {
					if (task.skills().contains(skill)) {
						skills.add(skill.label());
					}
				}
				if (skills.length() > 0) {
					matches.add(skills + " → " + task.label());
				}
			}
			if (skillPoints[o][c] > 0) {
				reasons.add(new Reason(Reason.Code.SKILLS_MATCH,
						"Kỹ năng phù hợp: " + matches + " (" + points(skillPoints[o][c]) + ")"));
			}
			else {
				StringJoiner focus = new StringJoiner("; ");
				commune.focus().forEach(task -> focus.add(task.label()));
				reasons.add(new Reason(Reason.Code.NO_SKILLS_MATCH,
						commune.focus().isEmpty() ? "Xã không nêu nhiệm vụ trọng tâm (0 điểm)"
								: "Không có kỹ năng phục vụ nhiệm vụ trọng tâm: " + focus + " (0 điểm)"));
			}
			int distance = km[o][c];
			reasons.add(new Reason(Reason.Code.DISTANCE, (distance == 0 ? "Cách dưới 1 km" : "Cách " + distance + " km")
					+ " (" + points(-POINTS_PER_KM * distance) + ")"));
			reasons.add(new Reason(Reason.Code.NOT_HOME_COMMUNE, "Không phải xã quê quán"));
			reasons.add(new Reason(Reason.Code.QUOTA_PLACE, "Suất " + (place + 1) + "/" + commune.quota()));
			int penalty = SAME_SOURCE_UNIT_PENALTY * sameUnitBefore;
			reasons.add(new Reason(Reason.Code.SOURCE_UNIT_MIX, sameUnitBefore == 0
					? "Đơn vị nguồn: cán bộ đầu tiên của " + nominee.sourceUnitCode() + " tại xã này"
					: "Đơn vị nguồn: cán bộ thứ " + (sameUnitBefore + 1) + " của " + nominee.sourceUnitCode()
							+ " tại xã này (" + points(-penalty) + ")"));
			return new Assignment(nominee.username(), commune.unitCode(), place + 1, score(o, c) - penalty, reasons,
					pinned[o]);
		}

		private Reason whyUnfilled(int c, int availableCount, int placeCount) {
			StringJoiner locals = new StringJoiner(", ");
			for (int o = 0; o < nominees.length; o++) {
				if (free(o) && home[o] == c) {
					locals.add(nominees[o].username());
				}
			}
			if (locals.length() > 0) {
				return new Reason(Reason.Code.ONLY_LOCAL_NOMINEES_LEFT,
						"Cán bộ chưa được phân công đều có quê quán tại xã này: " + locals);
			}
			return new Reason(Reason.Code.NOT_ENOUGH_NOMINEES,
					"Không đủ cán bộ: " + availableCount + " cán bộ khả dụng cho " + placeCount + " suất của đợt");
		}

		private Reason whyUnassigned(int o) {
			Nominee nominee = nominees[o];
			if (input.excluded().contains(nominee.username())) {
				return new Reason(Reason.Code.EXCLUDED,
						"Đã được loại khỏi đợt theo điều chỉnh của Phòng Tổ chức cán bộ");
			}
			Optional<Nominee.Commitment> busy = input.overlappingCommitment(nominee);
			if (busy.isPresent()) {
				return new Reason(Reason.Code.OVERLAPPING_WAVE,
						"Đang tham gia đợt " + busy.get().waveCode() + " (" + busy.get().period().label()
								+ "), trùng thời gian với đợt này (" + input.period().label() + ")");
			}
			// After the exchanges, a free officer can only have been left out by a commune that is their home.
			if (home[o] != NOBODY && filled[home[o]] < communes[home[o]].quota()) {
				return new Reason(Reason.Code.HOME_COMMUNE_ONLY,
						"Chỉ còn suất trống tại xã quê quán (" + communes[home[o]].name() + ")");
			}
			return new Reason(Reason.Code.QUOTAS_FULL, "Các xã trong đợt đã đủ suất");
		}

		private static String points(int points) {
			return (points > 0 ? "+" : "") + points + " điểm";
		}

	}

}
