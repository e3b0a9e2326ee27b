package vn.vidan.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import org.HdrHistogram.Histogram;

/**
 * A closed-loop load: N clients, each running one lifecycle after another with no pause, for a warm-up (long enough
 * for the JIT) and then a measured window. At the window's edges it reads the system's and MariaDB's CPU time, the
 * driver's own, and MariaDB's counters, so every figure covers exactly the measured window.
 */
public final class ClosedLoop {

	/** One client: runs a lifecycle and says how many user tasks it completed. */
	@FunctionalInterface
	public interface Client {

		int lifecycle() throws Exception;

	}

	/** What a measured window gave. */
	public record Result(long lifecycles, long tasks, double seconds, long appCpuMs, long dbCpuMs, long driverCpuMs,
			Map<String, Long> db, Map<String, Histogram> calls, long errors, List<String> firstErrors) {

		public double lifecyclesPerSecond() {
			return lifecycles / seconds;
		}

		public double tasksPerSecond() {
			return tasks / seconds;
		}

		/** Per lifecycle, or NaN with none. */
		public double perLifecycle(double total) {
			return lifecycles == 0 ? Double.NaN : total / lifecycles;
		}

		public double perTask(double total) {
			return tasks == 0 ? Double.NaN : total / tasks;
		}

		public long db(String counter) {
			return db.getOrDefault(counter, 0L);
		}

	}

	private ClosedLoop() {
	}

	/**
	 * Runs {@code clients} clients made by {@code factory} (client number → client; made before the clock starts, so
	 * sign-ins are not measured).
	 */
	public static Result run(SystemUnderTest system, MariaDb db, Latencies latencies, int clients,
			IntFunction<Client> factory, Duration warmUp, Duration measure) {
		return run(system, db, latencies, clients, factory, warmUp, measure, Window.NONE);
	}

	/** Told when the measured window opens and closes (a profiler recording just that window). */
	public interface Window {

		Window NONE = new Window() {
		};

		default void opened() {
		}

		default void closed() {
		}

	}

	public static Result run(SystemUnderTest system, MariaDb db, Latencies latencies, int clients,
			IntFunction<Client> factory, Duration warmUp, Duration measure, Window window) {
		List<Client> made = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			made.add(factory.apply(i));
		}
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicBoolean counting = new AtomicBoolean(false);
		AtomicLong lifecycles = new AtomicLong();
		AtomicLong tasks = new AtomicLong();
		AtomicLong errors = new AtomicLong();
		ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			Client client = made.get(i);
			Thread thread = new Thread(() -> {
				while (running.get()) {
					try {
						int done = client.lifecycle();
						if (counting.get()) {
							lifecycles.incrementAndGet();
							tasks.addAndGet(done);
						}
					}
					catch (Exception | AssertionError e) {
						if (counting.get()) {
							errors.incrementAndGet();
						}
						if (firstErrors.size() < 5) {
							firstErrors.add(String.valueOf(e.getMessage()));
						}
						MariaDb.sleep(Duration.ofMillis(100));
					}
				}
			}, "client-" + i);
			thread.setDaemon(true);
			threads.add(thread);
			thread.start();
		}
		MariaDb.sleep(warmUp);
		window.opened();
		Map<String, Long> dbBefore = db.status();
		long appBefore = system.cpuMillis();
		long dbCpuBefore = db.cpuMillis();
		long driverBefore = Proc.selfCpuMillis();
		latencies.start();
		counting.set(true);
		long started = System.nanoTime();
		MariaDb.sleep(measure);
		counting.set(false);
		latencies.stop();
		double seconds = (System.nanoTime() - started) / 1e9;
		long appCpu = system.cpuMillis() - appBefore;
		long dbCpu = db.cpuMillis() - dbCpuBefore;
		long driverCpu = Proc.selfCpuMillis() - driverBefore;
		Map<String, Long> dbAfter = db.status();
		window.closed();
		running.set(false);
		for (Thread thread : threads) {
			try {
				thread.join(Duration.ofSeconds(90).toMillis());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		Map<String, Long> delta = new LinkedHashMap<>();
		dbAfter.forEach((counter, value) -> delta.put(counter, value - dbBefore.getOrDefault(counter, 0L)));
		return new Result(lifecycles.get(), tasks.get(), seconds, appCpu, dbCpu, driverCpu, delta,
				latencies.snapshot(), errors.get(), List.copyOf(firstErrors));
	}

}
