package vn.vidan.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database's own write ceiling on this machine, in the same run: a plain JDBC loop of N clients, each committing
 * one-row insert transactions back to back. A system's explicit COMMITs per second over this figure is the share of
 * the ceiling it uses (an upper bound: its read-only transactions commit too).
 */
public final class WriteCeiling {

	private WriteCeiling() {
	}

	/** Commits per second. */
	public static double measure(MariaDb db, int clients, Duration duration) {
		db.freshSchema("bench_ceiling");
		db.execute("bench_ceiling", "CREATE TABLE work (id BIGINT AUTO_INCREMENT PRIMARY KEY, client INT NOT NULL, "
				+ "payload VARCHAR(255) NOT NULL, at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)) ENGINE=InnoDB");
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicLong commits = new AtomicLong();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			int client = i;
			Thread thread = new Thread(() -> {
				try (Connection connection = db.connect("bench_ceiling");
						PreparedStatement insert = connection
							.prepareStatement("INSERT INTO work (client, payload) VALUES (?, ?)")) {
					connection.setAutoCommit(false);
					while (running.get()) {
						insert.setInt(1, client);
						insert.setString(2, "một dòng của máy đo, client " + client);
						insert.executeUpdate();
						connection.commit();
						commits.incrementAndGet();
					}
				}
				catch (SQLException e) {
					throw new IllegalStateException(e);
				}
			});
			thread.start();
			threads.add(thread);
		}
		MariaDb.sleep(Duration.ofSeconds(2)); // connections open, buffer pool warm
		long before = commits.get();
		long started = System.nanoTime();
		MariaDb.sleep(duration);
		long done = commits.get() - before;
		double seconds = (System.nanoTime() - started) / 1e9;
		running.set(false);
		for (Thread thread : threads) {
			try {
				thread.join();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		db.execute("", "DROP DATABASE bench_ceiling");
		return done / seconds;
	}

}
