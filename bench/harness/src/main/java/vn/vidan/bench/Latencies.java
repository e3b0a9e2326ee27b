package vn.vidan.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Response times per API call (e.g. "complete task"), in microseconds, recorded only while measuring. */
public final class Latencies {

	private final Map<String, Histogram> calls = new ConcurrentHashMap<>();

	private volatile boolean recording;

	public void record(String call, long nanos) {
		if (recording) {
			calls.computeIfAbsent(call, key -> new ConcurrentHistogram(3)).recordValue(Math.max(1, nanos / 1000));
		}
	}

	/** Forgets the warm-up and records from now on. */
	public void start() {
		calls.clear();
		recording = true;
	}

	public void stop() {
		recording = false;
	}

	/** Each call's histogram, by name. */
	public Map<String, Histogram> snapshot() {
		Map<String, Histogram> copy = new TreeMap<>();
		calls.forEach((call, histogram) -> copy.put(call, histogram.copy()));
		return copy;
	}

}
