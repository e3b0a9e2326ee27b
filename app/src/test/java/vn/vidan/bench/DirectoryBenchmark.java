package vn.vidan.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.VidanApplication;
import vn.vidan.org.DirectoryChanged;
import vn.vidan.org.Role;
import vn.vidan.org.RoutingService;

/**
 * How the directory scales: a synthetic province of {@code bench.communes} communes (default 170, a large province
 * after the 2025 mergers) with {@code bench.officers} officers each (default 12, the minimum per commune), loaded into
 * the real app on in-memory H2. Prints the time to sync a directory change into Camunda's identity tables and Tasklist
 * filters (first, and with nothing to change), the heap it adds, and routing throughput per role. Run: {@code ./mvnw -pl app -am -Pbenchmark -DskipTests test}.
 */
public final class DirectoryBenchmark {

	private DirectoryBenchmark() {
	}

	public static void main(String[] args) {
		int communes = Integer.getInteger("bench.communes", 170);
		int perCommune = Math.max(8, Integer.getInteger("bench.officers", 12));
		int routings = Integer.getInteger("bench.routings", 200_000);
		// Command-line arguments outrank application.yml, so the benchmark never touches ./data.
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(VidanApplication.class).run(
				"--spring.datasource.url=jdbc:h2:mem:vidan-bench;DB_CLOSE_DELAY=-1",
				"--camunda.bpm.job-execution.enabled=false", "--server.port=0", "--logging.level.root=WARN",
				"--logging.level.vn.vidan=WARN", "--spring.main.banner-mode=off")) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			long loadStarted = System.nanoTime();
			int officers = loadProvince(jdbc, communes, perCommune);
			System.out.printf("Synthetic province: %d communes, %d officers, loaded in %d ms%n", communes, officers,
					millisSince(loadStarted));

			long heapBefore = usedHeapAfterGc();
			long syncStarted = System.nanoTime();
			app.publishEvent(new DirectoryChanged());
			System.out.printf("Directory change, first sync (snapshot + Camunda users, groups, memberships, filters): %d ms%n",
					millisSince(syncStarted));
			System.out.printf("Camunda users: %d, groups: %d%n",
					app.getBean(IdentityService.class).createUserQuery().count(),
					app.getBean(IdentityService.class).createGroupQuery().count());
			long heapAfter = usedHeapAfterGc();
			System.out.printf("Heap held by the loaded directory and engine caches: about %.1f MiB%n",
					(heapAfter - heapBefore) / 1048576.0);

			syncStarted = System.nanoTime();
			app.publishEvent(new DirectoryChanged());
			System.out.printf("Directory change with nothing to sync (snapshot rebuilt, Camunda compared): %d ms%n",
					millisSince(syncStarted));

			RoutingService routing = app.getBean(RoutingService.class);
			Random random = new Random(42);
			for (Role role : List.of(Role.DESK_OFFICER, Role.UNIT_LEADER, Role.NEXT_LEVEL_LEADER,
					Role.PERSONNEL_DEPARTMENT, Role.INVESTIGATION_AGENCY, Role.AREA_OFFICER)) {
				for (int i = 0; i < 20_000; i++) { // warm-up
					route(routing, role, random.nextInt(communes), random);
				}
				long started = System.nanoTime();
				for (int i = 0; i < routings; i++) {
					route(routing, role, random.nextInt(communes), random);
				}
				double seconds = (System.nanoTime() - started) / 1e9;
				System.out.printf("Routing %-22s %,10.0f calls/s (%.2f µs each)%n", role, routings / seconds,
						seconds * 1e6 / routings);
			}
		}
	}

	private static void route(RoutingService routing, Role role, int commune, Random random) {
		String address = role == Role.AREA_OFFICER ? "Số " + random.nextInt(200) + ", Tổ dân phố "
				+ (random.nextInt(8) + 1) + ", phường Bench " + commune : null;
		routing.route("BENCH-" + commune, role, address);
	}

	private static int loadProvince(JdbcTemplate jdbc, int communes, int perCommune) {
		jdbc.update("INSERT INTO org_unit (code, name, unit_level, parent_code) VALUES ('BENCH', 'Công an tỉnh Bench', 'PROVINCE', NULL)");
		jdbc.update("INSERT INTO org_unit (code, name, unit_level, parent_code) VALUES ('BENCH-PX01', 'Phòng Tổ chức cán bộ', 'DEPARTMENT', 'BENCH')");
		jdbc.update("INSERT INTO org_unit_function (unit_code, function_code) VALUES ('BENCH-PX01', 'PERSONNEL')");
		jdbc.update("INSERT INTO org_unit (code, name, unit_level, parent_code) VALUES ('BENCH-PC02', 'Phòng Cảnh sát điều tra', 'DEPARTMENT', 'BENCH')");
		jdbc.update("INSERT INTO org_unit_function (unit_code, function_code) VALUES ('BENCH-PC02', 'INVESTIGATION')");
		List<Object[]> units = new ArrayList<>();
		List<Object[]> officers = new ArrayList<>();
		List<Object[]> skills = new ArrayList<>();
		List<Object[]> areas = new ArrayList<>();
		officers.add(new Object[] { "bench.director", "900-000", "Giám đốc Bench", "THIEU_TUONG", "CHIEF", "BENCH" });
		officers.add(new Object[] { "bench.px01", "900-001", "Trưởng phòng PX01", "THUONG_TA", "CHIEF", "BENCH-PX01" });
		officers.add(new Object[] { "bench.pc02", "900-002", "Trưởng phòng PC02", "THUONG_TA", "CHIEF", "BENCH-PC02" });
		int serial = 10;
		for (int c = 0; c < communes; c++) {
			String unit = "BENCH-" + c;
			units.add(new Object[] { unit, "Công an phường Bench " + c, "COMMUNE", "BENCH" });
			for (int o = 0; o < perCommune; o++) {
				String position = switch (o) {
					case 0 -> "CHIEF";
					case 1, 2 -> "DEPUTY_CHIEF";
					case 3, 4, 5, 6 -> "AREA_OFFICER";
					case 7 -> "DUTY_OFFICER";
					default -> "OFFICER";
				};
				String username = "bench." + c + "." + o;
				officers.add(new Object[] { username, String.format("%03d-%03d", serial / 1000, serial % 1000),
						"Cán bộ " + c + "." + o, "THUONG_UY", position, unit });
				serial++;
				if (o == 8) {
					skills.add(new Object[] { username, "ONE_STOP_DESK" });
				}
				if (position.equals("AREA_OFFICER")) {
					areas.add(new Object[] { username, "Tổ dân phố " + (2 * (o - 3) + 1) });
					areas.add(new Object[] { username, "Tổ dân phố " + (2 * (o - 3) + 2) });
				}
			}
		}
		jdbc.batchUpdate("INSERT INTO org_unit (code, name, unit_level, parent_code) VALUES (?, ?, ?, ?)", units);
		jdbc.batchUpdate("INSERT INTO org_officer (username, service_number, full_name, rank_code, position_code, unit_code) VALUES (?, ?, ?, ?, ?, ?)",
				officers);
		jdbc.batchUpdate("INSERT INTO org_officer_skill (username, skill) VALUES (?, ?)", skills);
		jdbc.batchUpdate("INSERT INTO org_officer_area (username, area_name) VALUES (?, ?)", areas);
		return officers.size();
	}

	private static long usedHeapAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
