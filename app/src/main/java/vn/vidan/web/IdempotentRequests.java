package vn.vidan.web;

import java.util.List;

import org.springframework.stereotype.Component;

/** Stub so the tests compile before the feature exists. */
@Component
class IdempotentRequests {

	static String rowId(String scope, String key) {
		return "";
	}

	void removeExpired() {
	}

	List<String> routes() {
		return List.of();
	}

}
