package vn.vidan;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each feature package is a module; this fails when one reaches into another's internals or they form a cycle. */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(VidanApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

}
