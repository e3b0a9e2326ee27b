package vn.vidan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What Linux says of a process: CPU time (user + system) and resident memory, from {@code /proc}. */
public final class Proc {

	/** Clock ticks per second of {@code /proc/<pid>/stat}; 100 on every Linux this runs on (USER_HZ). */
	private static final long TICKS_PER_SECOND = 100;

	private Proc() {
	}

	/** CPU milliseconds the process has used so far (user + system, its threads included); 0 once it is gone. */
	public static long cpuMillis(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
			// Fields after the command name, which is in parentheses and may hold spaces.
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
			return ticks * 1000 / TICKS_PER_SECOND;
		}
		catch (IOException | RuntimeException gone) {
			return 0;
		}
	}

	/** Resident set size in bytes (VmRSS); 0 once it is gone. */
	public static long rssBytes(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
				}
			}
			return 0;
		}
		catch (IOException | RuntimeException gone) {
			return 0;
		}
	}

	/** This JVM's own CPU: the load generator's cost. */
	public static long selfCpuMillis() {
		return cpuMillis(ProcessHandle.current().pid());
	}

}
