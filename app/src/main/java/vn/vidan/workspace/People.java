package vn.vidan.workspace;

import org.springframework.stereotype.Component;

import vn.vidan.org.CommuneLeader;
import vn.vidan.org.Officer;
import vn.vidan.org.OrgDirectory;

/** People and units by name, for pages: {@code ${@people.displayName('thao.dtk')}} reads "Dương Thị Kim Thảo". */
@Component("people")
public class People {

	private final OrgDirectory directory;

	People(OrgDirectory directory) {
		this.directory = directory;
	}

	/** The person's full name from the directory; the user name for accounts outside it (admin, designer). */
	public String displayName(String username) {
		if (username == null) {
			return "";
		}
		return directory.snapshot()
			.officer(username)
			.map(Officer::getFullName)
			.or(() -> directory.snapshot().communeLeader(username).map(CommuneLeader::getFullName))
			.orElse(username);
	}

	/** The unit's name ("Công an phường Hòa Minh"); the code itself when it is unknown. */
	public String unitName(String unitCode) {
		if (unitCode == null) {
			return "";
		}
		return directory.snapshot().hasUnit(unitCode) ? directory.snapshot().unit(unitCode).getName() : unitCode;
	}

}
