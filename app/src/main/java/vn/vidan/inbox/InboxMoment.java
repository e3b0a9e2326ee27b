package vn.vidan.inbox;

import java.time.Instant;

/**
 * The times a query compares with: now, the end of "due soon" (now plus the due-soon working time in the viewer's
 * calendar), how far back "recently done" reaches, and when the viewer last looked at their own tasks.
 */
public record InboxMoment(Instant now, Instant dueSoonUntil, Instant doneSince, Instant seenAt) {
}
