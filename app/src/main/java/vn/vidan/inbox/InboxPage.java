package vn.vidan.inbox;

import java.util.List;

/**
 * A page of a list: its rows and the cursors of the pages before and after it (null where there is none).
 */
public record InboxPage(List<InboxRow> rows, Cursor previous, Cursor next) {
}
