package vn.vidan.tip;

import java.util.List;

/**
 * A reporter with distinctive details, so a scan for them anywhere outside the vault means something. Tests send
 * these values only as the reporter's identity, never in any other field.
 */
final class TipReporters {

	static final String NAME = "Hoàng Thị Zyxwvutsr";

	static final String ID_NUMBER = "079199887766";

	static final String PHONE = "0912345987";

	static final String ADDRESS = "Kiệt 99 Qwertyuiop, phường Hòa Minh";

	/** What must be found nowhere but in the vault: ASCII parts, so encodings do not hide them. */
	static final List<String> TELLTALES = List.of("Zyxwvutsr", ID_NUMBER, PHONE, "Qwertyuiop");

	static final String IDENTITY_JSON = """
			"reporter":{"fullName":"%s","idNumber":"%s","phone":"%s","address":"%s"}"""
		.formatted(NAME, ID_NUMBER, PHONE, ADDRESS);

	private TipReporters() {
	}

}
