package vn.vidan.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;

import org.HdrHistogram.Histogram;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * Every figure of a run, written as {@code report.md} (one table per scenario: a row per figure, a column per system,
 * and Vidan's ratio to stock Camunda), {@code report.csv} (one row per figure) and {@code chart.png} (throughput and
 * latency per system, side by side).
 */
public final class Report {

	/** One measured value. */
	public record Figure(String scenario, String system, String metric, double value, String unit) {
	}

	private final List<Figure> figures = new ArrayList<>();

	private final Map<String, String> titles = new LinkedHashMap<>();

	private final Map<String, List<String>> notes = new LinkedHashMap<>();

	private final List<String> header = new ArrayList<>();

	private final List<String> goals = new ArrayList<>();

	public synchronized void scenario(String id, String title) {
		titles.put(id, title);
	}

	public synchronized void header(String line) {
		header.add(line);
	}

	public synchronized void add(String scenario, String system, String metric, double value, String unit) {
		figures.add(new Figure(scenario, system, metric, value, unit));
	}

	public synchronized void note(String scenario, String line) {
		notes.computeIfAbsent(scenario, key -> new ArrayList<>()).add(line);
	}

	public synchronized void goal(String line) {
		goals.add(line);
	}

	public synchronized Optional<Double> value(String scenario, String system, String metric) {
		return figures.stream()
			.filter(f -> f.scenario().equals(scenario) && f.system().equals(system) && f.metric().equals(metric))
			.map(Figure::value)
			.reduce((first, last) -> last);
	}

	public synchronized List<Figure> figures() {
		return List.copyOf(figures);
	}

	/** The standard figures of a closed-loop window. */
	public void addLoop(String scenario, String system, ClosedLoop.Result result) {
		add(scenario, system, "lifecycles/s", result.lifecyclesPerSecond(), "1/s");
		add(scenario, system, "user tasks/s", result.tasksPerSecond(), "1/s");
		add(scenario, system, "app CPU per lifecycle", result.perLifecycle(result.appCpuMs()), "ms");
		add(scenario, system, "DB CPU per lifecycle", result.perLifecycle(result.dbCpuMs()), "ms");
		add(scenario, system, "driver CPU per lifecycle", result.perLifecycle(result.driverCpuMs()), "ms");
		add(scenario, system, "app + DB CPU per user task", result.perTask(result.appCpuMs() + result.dbCpuMs()), "ms");
		add(scenario, system, "statements per lifecycle", result.perLifecycle(result.db("Questions")), "");
		add(scenario, system, "handler commits per lifecycle (reads included)", result.perLifecycle(result.db("Handler_commit")), "");
		add(scenario, system, "transactions (COMMITs) per lifecycle", result.perLifecycle(result.db("Com_commit")), "");
		add(scenario, system, "row writes per lifecycle", result.perLifecycle(MariaDb.rowWrites(result.db())), "");
		add(scenario, system, "InnoDB fsyncs/s", result.db("Innodb_data_fsyncs") / result.seconds(), "1/s");
		add(scenario, system, "failed lifecycles", result.errors(), "");
		result.calls().forEach((call, histogram) -> {
			add(scenario, system, call + " p50", histogram.getValueAtPercentile(50) / 1000.0, "ms");
			add(scenario, system, call + " p95", histogram.getValueAtPercentile(95) / 1000.0, "ms");
			add(scenario, system, call + " p99", histogram.getValueAtPercentile(99) / 1000.0, "ms");
		});
		if (!result.firstErrors().isEmpty()) {
			note(scenario, system + ": first errors: " + String.join(" | ", result.firstErrors()));
		}
	}

	/** Writes report.md, report.csv and chart.png into {@code dir}. */
	public synchronized void write(Path dir) {
		try {
			Files.createDirectories(dir);
			Files.writeString(dir.resolve("report.md"), markdown(), StandardCharsets.UTF_8);
			Files.writeString(dir.resolve("report.csv"), csv(), StandardCharsets.UTF_8);
			chart(dir.resolve("chart.png"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	String markdown() {
		StringBuilder md = new StringBuilder("# Vidan benchmark report\n\n");
		header.forEach(line -> md.append(line).append("\n"));
		if (!goals.isEmpty()) {
			md.append("\n## Goals (ratios to stock Camunda 7.24 in the same run)\n\n");
			goals.forEach(line -> md.append("- ").append(line).append("\n"));
		}
		Set<String> scenarios = new LinkedHashSet<>(titles.keySet());
		figures.forEach(f -> scenarios.add(f.scenario()));
		for (String scenario : scenarios) {
			md.append("\n## ").append(scenario);
			if (titles.containsKey(scenario)) {
				md.append(" — ").append(titles.get(scenario));
			}
			md.append("\n\n");
			List<String> systems = new ArrayList<>(figures.stream().filter(f -> f.scenario().equals(scenario))
				.map(Figure::system).distinct().toList());
			if (!systems.isEmpty()) {
				List<String> metrics = figures.stream().filter(f -> f.scenario().equals(scenario))
					.map(Figure::metric).distinct().toList();
				String vidan = systems.stream().filter(s -> s.startsWith("Vidan")).findFirst().orElse(null);
				String stock = systems.stream().filter(s -> s.startsWith("stock Camunda")).findFirst().orElse(null);
				boolean ratio = vidan != null && stock != null;
				md.append("| figure | unit | ").append(String.join(" | ", systems));
				md.append(ratio ? " | " + vidan + " ÷ " + stock + " |\n" : " |\n");
				md.append("|---|---|").append("---:|".repeat(systems.size())).append(ratio ? "---:|\n" : "\n");
				for (String metric : metrics) {
					md.append("| ").append(metric).append(" | ");
					md.append(figures.stream().filter(f -> f.scenario().equals(scenario) && f.metric().equals(metric))
						.map(Figure::unit).findFirst().orElse("")).append(" |");
					for (String system : systems) {
						md.append(" ").append(value(scenario, system, metric).map(Report::format).orElse("–")).append(" |");
					}
					if (ratio) {
						Optional<Double> a = value(scenario, vidan, metric);
						Optional<Double> b = value(scenario, stock, metric);
						md.append(" ").append(a.isPresent() && b.isPresent() && b.get() != 0
								? format(a.get() / b.get()) + "×" : "–").append(" |");
					}
					md.append("\n");
				}
			}
			notes.getOrDefault(scenario, List.of()).forEach(line -> md.append("\n- ").append(line));
			md.append("\n");
		}
		return md.toString();
	}

	String csv() {
		StringBuilder csv = new StringBuilder("scenario,system,figure,value,unit\n");
		for (Figure f : figures) {
			csv.append(quote(f.scenario())).append(',').append(quote(f.system())).append(',').append(quote(f.metric()))
				.append(',').append(Double.isNaN(f.value()) ? "" : String.format(Locale.ROOT, "%.4f", f.value()))
				.append(',').append(quote(f.unit())).append('\n');
		}
		return csv.toString();
	}

	/** Two panels side by side: user tasks per second, and the p95 of a task completion, per system, S2 and V2. */
	void chart(Path file) throws IOException {
		List<String> labels = new ArrayList<>();
		List<Double> throughput = new ArrayList<>();
		List<Double> p95 = new ArrayList<>();
		for (String scenario : List.of("S2", "V2")) {
			figures.stream().filter(f -> f.scenario().equals(scenario)).map(Figure::system).distinct().forEach(system -> {
				labels.add(scenario + " " + system);
				throughput.add(value(scenario, system, "user tasks/s").orElse(0.0));
				p95.add(value(scenario, system, "complete task p95").orElse(0.0));
			});
		}
		if (labels.isEmpty()) {
			labels.add("no S2 or V2 run");
			throughput.add(0.0);
			p95.add(0.0);
		}
		BufferedImage left = BitmapEncoder.getBufferedImage(panel("User tasks per second (higher is better)",
				"user tasks/s", labels, throughput, new Color(0x1d, 0x70, 0xb8)));
		BufferedImage right = BitmapEncoder.getBufferedImage(panel("p95 of a task completion (lower is better)",
				"ms", labels, p95, new Color(0xd4, 0x35, 0x1c)));
		BufferedImage both = new BufferedImage(left.getWidth() + right.getWidth(), left.getHeight(),
				BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = both.createGraphics();
		graphics.drawImage(left, 0, 0, null);
		graphics.drawImage(right, left.getWidth(), 0, null);
		graphics.dispose();
		ImageIO.write(both, "png", file.toFile());
	}

	private static CategoryChart panel(String title, String axis, List<String> labels, List<Double> values, Color color) {
		CategoryChart chart = new CategoryChartBuilder().width(760).height(560).title(title).yAxisTitle(axis).build();
		chart.getStyler().setLegendVisible(false);
		chart.getStyler().setXAxisLabelRotation(25);
		chart.getStyler().setLabelsVisible(true);
		chart.getStyler().setDecimalPattern("#0.#");
		chart.getStyler().setChartBackgroundColor(Color.WHITE);
		chart.getStyler().setSeriesColors(new Color[] { color });
		chart.addSeries(axis, labels, values);
		return chart;
	}

	static String format(double value) {
		if (Double.isNaN(value)) {
			return "–";
		}
		double magnitude = Math.abs(value);
		String pattern = magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : magnitude >= 1 ? "%.2f" : "%.3f";
		return String.format(Locale.ROOT, pattern, value);
	}

	private static String quote(String text) {
		return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

}
