package vn.vidan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Vidan started the way its container image starts it (infra/deploy/Dockerfile): the repackaged jar extracted with
 * Spring Boot's tools jar mode (plain jars, no nested-jar class loading) and a class data sharing (CDS) archive of the
 * classes it loads. The image trains its archive at build time; here the run's first Vidan JVM writes it when it exits
 * ({@code -XX:ArchiveClassesAtExit}), and every later Vidan JVM maps it ({@code -XX:SharedArchiveFile}). A JVM that
 * cannot use the archive starts without it (the JVM's default {@code -Xshare:auto}). The peers run as {@code java
 * -jar}, as their getting-started guides leave them.
 */
final class VidanImage {

	/** What one Vidan JVM is started with. */
	record Launch(Path jar, List<String> jvmOptions, boolean writesArchive) {
	}

	private static boolean archiving;

	private VidanImage() {
	}

	/** The extracted jar under {@code work} (extracted once per run) and this start's CDS options. */
	static synchronized Launch prepare(Path packed, Path work) {
		Path directory = work.resolve("vidan-app");
		Path jar = directory.resolve(packed.getFileName());
		Path archive = directory.resolve("vidan.jsa");
		try {
			if (!Files.isRegularFile(jar)
					|| Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(packed)) < 0) {
				delete(directory);
				extract(packed, directory);
				Files.setLastModifiedTime(jar, Files.getLastModifiedTime(packed));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<String> options = new ArrayList<>(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
		if (Files.isRegularFile(archive)) {
			options.add("-XX:SharedArchiveFile=" + archive);
			return new Launch(jar, options, false);
		}
		if (!archiving) {
			archiving = true; // one JVM writes it; others meanwhile start without
			options.add("-XX:ArchiveClassesAtExit=" + archive);
			return new Launch(jar, options, true);
		}
		return new Launch(jar, List.of(), false);
	}

	/** Whether the archive is there (written by an earlier Vidan JVM of this run). */
	static boolean archived(Path work) {
		return Files.isRegularFile(work.resolve("vidan-app").resolve("vidan.jsa"));
	}

	private static void extract(Path packed, Path directory) throws IOException {
		Files.createDirectories(directory);
		Process extract = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Djarmode=tools", "-jar", packed.toString(), "extract", "--destination", directory.toString(), "--force")
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			if (!extract.waitFor(2, TimeUnit.MINUTES) || extract.exitValue() != 0) {
				throw new IllegalStateException("Could not extract " + packed + " (java -Djarmode=tools … extract)");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static void delete(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> all = Files.walk(directory)) {
			for (Path path : all.sorted((a, b) -> b.compareTo(a)).toList()) {
				Files.delete(path);
			}
		}
	}

}
