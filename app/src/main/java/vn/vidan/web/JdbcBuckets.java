package vn.vidan.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

/**
 * Bucket4j's buckets in table {@code rate_limit_bucket}, over plain JDBC with {@code SELECT ... FOR UPDATE}: the
 * same SQL on H2 and MariaDB, so every app node of a cluster draws on the same buckets. Each row keeps the time after
 * which it is full again and may be deleted ({@link #deleteExpired}).
 */
class JdbcBuckets extends AbstractSelectForUpdateBasedProxyManager<String> {

	private final DataSource dataSource;

	JdbcBuckets(DataSource dataSource, ClientSideConfig config) {
		super(config);
		this.dataSource = dataSource;
	}

	/** Deletes buckets that have been full again for a while: a client not seen since. */
	int deleteExpired() {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement delete = connection
					.prepareStatement("DELETE FROM rate_limit_bucket WHERE expires_at < ?")) {
			connection.setAutoCommit(true);
			delete.setLong(1, System.currentTimeMillis());
			return delete.executeUpdate();
		}
		catch (SQLException e) {
			throw BucketExceptions.from(e);
		}
	}

	@Override
	protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
		try {
			return new Transaction(dataSource.getConnection(), key);
		}
		catch (SQLException e) {
			throw BucketExceptions.from(e);
		}
	}

	@Override
	public void removeProxy(String key) {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement delete = connection
					.prepareStatement("DELETE FROM rate_limit_bucket WHERE bucket_key = ?")) {
			connection.setAutoCommit(true);
			delete.setString(1, key);
			delete.executeUpdate();
		}
		catch (SQLException e) {
			throw BucketExceptions.from(e);
		}
	}

	@Override
	public boolean isExpireAfterWriteSupported() {
		return true;
	}

	private final class Transaction implements SelectForUpdateBasedTransaction {

		private final Connection connection;

		private final String key;

		Transaction(Connection connection, String key) {
			this.connection = connection;
			this.key = key;
		}

		@Override
		public void begin(Optional<Long> timeoutNanos) {
			try {
				connection.setAutoCommit(false);
			}
			catch (SQLException e) {
				throw BucketExceptions.from(e);
			}
		}

		@Override
		public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
			try (PreparedStatement select = connection
				.prepareStatement("SELECT state FROM rate_limit_bucket WHERE bucket_key = ? FOR UPDATE")) {
				applyTimeout(select, timeoutNanos);
				select.setString(1, key);
				try (ResultSet row = select.executeQuery()) {
					return row.next() ? LockAndGetResult.locked(row.getBytes(1)) : LockAndGetResult.notLocked();
				}
			}
			catch (SQLException e) {
				throw BucketExceptions.from(e);
			}
		}

		@Override
		public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
			try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO rate_limit_bucket (bucket_key, state, expires_at) VALUES (?, NULL, ?)")) {
				applyTimeout(insert, timeoutNanos);
				insert.setString(1, key);
				insert.setLong(2, Long.MAX_VALUE);
				return insert.executeUpdate() > 0;
			}
			catch (SQLException e) {
				if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
					return false; // another request, maybe on another node, inserted it first
				}
				throw BucketExceptions.from(e);
			}
		}

		@Override
		public void update(byte[] data, RemoteBucketState state, Optional<Long> timeoutNanos) {
			try (PreparedStatement update = connection
				.prepareStatement("UPDATE rate_limit_bucket SET state = ?, expires_at = ? WHERE bucket_key = ?")) {
				applyTimeout(update, timeoutNanos);
				update.setBytes(1, data);
				update.setLong(2, expiresAt(state));
				update.setString(3, key);
				update.executeUpdate();
			}
			catch (SQLException e) {
				throw BucketExceptions.from(e);
			}
		}

		private long expiresAt(RemoteBucketState state) {
			return getClientSideConfig().getExpirationAfterWriteStrategy()
				.map(strategy -> System.currentTimeMillis()
						+ strategy.calculateTimeToLiveMillis(state, System.currentTimeMillis() * 1_000_000L))
				.orElse(Long.MAX_VALUE);
		}

		@Override
		public void commit(Optional<Long> timeoutNanos) {
			try {
				connection.commit();
			}
			catch (SQLException e) {
				throw BucketExceptions.from(e);
			}
		}

		@Override
		public void rollback() {
			try {
				connection.rollback();
			}
			catch (SQLException e) {
				throw BucketExceptions.from(e);
			}
		}

		@Override
		public void release() {
			try {
				connection.setAutoCommit(true);
				connection.close();
			}
			catch (SQLException e) {
				throw BucketExceptions.from(e);
			}
		}

	}

}
