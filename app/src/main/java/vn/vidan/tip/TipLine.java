package vn.vidan.tip;

import java.time.Instant;

/** The columns of a tip the list shows, read straight from the table: nothing of the reporter is among them. */
record TipLine(String reference, TipCategory suggestedCategory, TipCategory category, String incidentAddress,
		TipStatus status, Urgency urgency, TipChannel channel, Instant receivedAt, Instant triageDue,
		Instant handlingDue, String unitCode, Instant closedAt) {
}
