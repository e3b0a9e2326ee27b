package vn.vidan.web;

import java.util.Set;

/** Stub so the tests compile before the feature exists. */
class IdempotencyFilter {

	Set<String> routes() {
		return Set.of();
	}

}
