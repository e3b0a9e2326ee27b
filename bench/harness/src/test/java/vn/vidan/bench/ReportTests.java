package vn.vidan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTests {

	@Test
	void aTablePerScenarioWithVidansRatioToStockCamunda() {
		Report report = new Report();
		report.scenario("S2", "the same simple lifecycle");
		report.add("S2", "Vidan", "user tasks/s", 90, "1/s");
		report.add("S2", "stock Camunda 7.24", "user tasks/s", 60, "1/s");
		report.add("S2", "Flowable 7.2.0", "user tasks/s", 45, "1/s");
		report.add("S2", "Vidan", "complete task p95", 12.5, "ms");

		String md = report.markdown();

		assertThat(md).contains("## S2 — the same simple lifecycle")
			.contains("| figure | unit | Vidan | stock Camunda 7.24 | Flowable 7.2.0 | Vidan ÷ stock Camunda 7.24 |")
			.contains("| user tasks/s | 1/s | 90.0 | 60.0 | 45.0 | 1.50× |")
			.contains("| complete task p95 | ms | 12.5 | – | – | – |");
	}

	@Test
	void everyFigureIsARowOfTheCsvAndTheChartIsAPng(@TempDir Path dir) throws Exception {
		Report report = new Report();
		report.add("S2", "Vidan", "user tasks/s", 90, "1/s");
		report.add("V2", "Vidan", "complete task p95", 7.25, "ms");
		report.add("DB", "MariaDB", "write ceiling (one-row transactions, 8 clients)", 1234.5, "commits/s");

		report.write(dir);

		assertThat(Files.readAllLines(dir.resolve("report.csv"))).containsExactly("scenario,system,figure,value,unit",
				"S2,Vidan,user tasks/s,90.0000,1/s", "V2,Vidan,complete task p95,7.2500,ms",
				"DB,MariaDB,\"write ceiling (one-row transactions, 8 clients)\",1234.5000,commits/s");
		byte[] png = Files.readAllBytes(dir.resolve("chart.png"));
		assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
	}

	@Test
	void optionsTakeBothFormsAndRefuseStrayWords() {
		assertThat(Bench.options(new String[] { "--smoke", "--only=S2,V2", "--systems", "vidan" }))
			.containsEntry("scale", "smoke").containsEntry("only", "S2,V2").containsEntry("systems", "vidan");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> Bench.options(new String[] { "fast" }));
	}

}
