package vn.vidan.secondment;

/** An officer's assignment in a wave, from the proposal to the end of the term. */
enum AssignmentStatus {

	/** The matcher's proposal, which personnel may still adjust. */
	PROPOSED,
	/** Personnel confirmed it; the supervisor's release is awaited. */
	CONFIRMED,
	/** The supervisor let the officer go. */
	RELEASED,
	/** The supervisor kept the officer; a replacement is proposed. */
	REFUSED,
	/** Dropped from the proposal (refused, or replaced by personnel). */
	WITHDRAWN,
	/** Arrived in the commune and working there. */
	SERVING,
	/** Term ended before the wave (illness, recall). */
	ENDED_EARLY,
	/** Served to the end of the wave. */
	COMPLETED

}
