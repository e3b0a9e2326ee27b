package vn.vidan.inbox;

import java.util.Locale;

/** The inbox's lists, in the order of their tabs. */
public enum InboxList {

	/** Việc của tôi: open tasks assigned to me. */
	MINE,
	/** Việc chờ nhận: open tasks nobody has claimed that I may take (a leader: of every unit they lead). */
	UNCLAIMED,
	/** Sắp đến hạn: my tasks and the ones I may take, due within the "due soon" working time. */
	DUE_SOON,
	/** Quá hạn: the same, past their due time. */
	OVERDUE,
	/** Đã xử lý gần đây: tasks I completed lately. */
	DONE;

	/** The list's name in URLs: mine, unclaimed, due-soon, overdue, done. */
	public String param() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The list a URL names; "mine" for anything unknown. */
	public static InboxList of(String param) {
		if (param != null) {
			for (InboxList list : values()) {
				if (list.param().equals(param.trim().toLowerCase(Locale.ROOT))) {
					return list;
				}
			}
		}
		return MINE;
	}

}
