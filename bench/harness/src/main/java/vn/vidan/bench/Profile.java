package vn.vidan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JDK Flight Recorder profile of a running system over a measured window ({@code jcmd JFR.start}/{@code JFR.stop}),
 * summarised from its CPU samples: where the time goes by library (the first frame outside the JDK) and the hottest
 * methods by self time.
 */
public final class Profile {

	private final JvmProcess process;

	private final Path file;

	private Profile(JvmProcess process, Path file) {
		this.process = process;
		this.file = file;
	}

	public static Profile start(JvmProcess process, Path file) {
		Profile profile = new Profile(process, file);
		profile.jcmd("JFR.start", "name=bench", "settings=profile");
		return profile;
	}

	/** Stops the recording and writes it to the file. */
	public Path stop() {
		jcmd("JFR.stop", "name=bench", "filename=" + file);
		return file;
	}

	/** One line of a summary: a name and its share of the samples in percent. */
	public record Share(String name, double percent) {
	}

	/** Self time by library: the package (4 segments) of the first frame of each sample that is not the JDK's. */
	public static List<Share> byLibrary(Path recording, int top) {
		return top(samples(recording, frames -> {
			for (RecordedFrame frame : frames) {
				String type = frame.getMethod().getType().getName();
				if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
					String[] parts = type.split("\\.");
					return String.join(".", java.util.Arrays.copyOf(parts, Math.min(4, parts.length - 1)));
				}
			}
			return "JDK";
		}), top);
	}

	/** Self time by method. */
	public static List<Share> byMethod(Path recording, int top) {
		return top(samples(recording, frames -> {
			RecordedFrame frame = frames.get(0);
			return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
		}), top);
	}

	/** Samples by the deepest Vidan class on the stack (what each of Vidan's own filters and services costs in all). */
	public static List<Share> byVidanClass(Path recording, int top) {
		return top(samples(recording, frames -> {
			for (RecordedFrame frame : frames) {
				String type = frame.getMethod().getType().getName();
				if (type.startsWith("vn.vidan.")) {
					return type.replaceAll("\\$.*", "");
				}
			}
			return "(no Vidan frame)";
		}), top);
	}

	private static Map<String, Long> samples(Path recording, java.util.function.Function<List<RecordedFrame>, String> key) {
		Map<String, Long> counts = new HashMap<>();
		try (RecordingFile events = new RecordingFile(recording)) {
			while (events.hasMoreEvents()) {
				RecordedEvent event = events.readEvent();
				if (event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null
						&& !event.getStackTrace().getFrames().isEmpty()) {
					counts.merge(key.apply(event.getStackTrace().getFrames()), 1L, Long::sum);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return counts;
	}

	private static List<Share> top(Map<String, Long> counts, int top) {
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		Map<String, Long> sorted = new LinkedHashMap<>();
		counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
			.forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
		List<Share> shares = new ArrayList<>();
		sorted.forEach((name, count) -> shares.add(new Share(name, total == 0 ? 0 : 100.0 * count / total)));
		return shares;
	}

	private void jcmd(String... command) {
		List<String> line = new ArrayList<>();
		line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
		line.add(String.valueOf(process.pid()));
		line.addAll(List.of(command));
		try {
			Files.createDirectories(file.getParent());
			Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
			String output = new String(jcmd.getInputStream().readAllBytes());
			if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
				throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + output);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
