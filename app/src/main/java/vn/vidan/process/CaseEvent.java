package vn.vidan.process;

import java.time.Instant;

/**
 * One line of a case's timeline: when, who, what, and the note that came with it.
 * @param at when it happened
 * @param actor the user name of the person who acted; null when nobody did (a timer, the portal)
 * @param actorKey the message key naming who acted when it was not an officer ({@code case.actor.system}); null
 * otherwise
 * @param whatKey the message key of what happened ({@code request.status.RECEIVED}, {@code tip.event.TRIAGED})
 * @param note the note recorded with it, as written; may be null
 * @param tone the colour of the step: {@code ok}, {@code info}, {@code soon}, {@code late} or {@code neutral}
 */
public record CaseEvent(Instant at, String actor, String actorKey, String whatKey, String note, String tone) {

}
