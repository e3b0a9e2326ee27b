package vn.vidan.inbox;

import java.util.List;

/**
 * Who looks at the inbox, as the query needs them: every condition here becomes part of the SQL.
 * @param username the person
 * @param supervisor a unit leader (or an administrator): sees every open task of {@code units}, claimed or not;
 *     others see unclaimed tasks of {@code units} only where one of {@code candidates} may take them
 * @param units the units whose tasks the person may see: their unit scope (a leader: the units they lead), never empty
 *     for someone in the directory
 * @param provinces when {@code units} are exactly the whole of some provinces: those provinces (the query then
 *     reads tasks by province, one index range in due order); otherwise empty
 * @param candidates the person's Camunda candidate identities: {@code G:<group>} for each group, {@code U:<user>}
 * @param homeUnit the person's unit (its calendar says what "due soon" means), null outside the directory
 */
public record Viewer(String username, boolean supervisor, List<String> units, List<String> provinces,
		List<String> candidates, String homeUnit) {

	public Viewer {
		units = List.copyOf(units);
		provinces = List.copyOf(provinces);
		candidates = List.copyOf(candidates);
	}

}
