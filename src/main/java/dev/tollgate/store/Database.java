package dev.tollgate.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * The server's database: a HikariCP pool, migrated by Flyway on open. SQLite by default (one file;
 * see {@link #withSqliteDefaults} for what a commit survives), PostgreSQL when several replicas
 * share the queue.
 */
public final class Database implements AutoCloseable {

  /** One unit of work on a connection. */
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private final HikariDataSource pool;
  private final Dialect dialect;
  private final Flyway flyway;
  /**
   * SQLite has one writer at a time, and a writer that finds the lock taken sleeps in SQLite's busy
   * handler (for up to 100 ms a try) instead of being woken when it is free. Queueing this process's
   * write transactions on a fair lock here hands the database over at once. PostgreSQL needs none.
   */
  private final java.util.concurrent.locks.ReentrantLock sqliteWriter = new java.util.concurrent.locks.ReentrantLock(true);

  private final java.util.concurrent.ScheduledExecutorService checkpointer;

  private Database(HikariDataSource pool, Dialect dialect, Flyway flyway) {
    this.pool = pool;
    this.dialect = dialect;
    this.flyway = flyway;
    if (dialect == Dialect.SQLITE) {
      // Checkpoints (copying the WAL into the database file, with an fsync) happen here, off the
      // request path: done by whichever commit crossed the threshold, one would stall every writer.
      checkpointer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tollgate-sqlite-checkpoint");
        t.setDaemon(true);
        return t;
      });
      checkpointer.scheduleWithFixedDelay(this::checkpoint, 1, 1, java.util.concurrent.TimeUnit.SECONDS);
    } else {
      checkpointer = null;
    }
  }

  private void checkpoint() {
    try (Connection c = pool.getConnection(); java.sql.Statement st = c.createStatement()) {
      st.execute("PRAGMA wal_checkpoint(PASSIVE)");
    } catch (SQLException | RuntimeException e) {
      org.slf4j.LoggerFactory.getLogger(Database.class).warn("SQLite checkpoint failed: {}", e.getMessage());
    }
  }

  /** Opens the pool and applies any pending migration; fails if the database cannot be reached. */
  public static Database open(DatabaseUrl url, Optional<String> password, int poolSize) throws SQLException {
    Dialect dialect = url.dialect();
    HikariConfig config = new HikariConfig();
    config.setPoolName("tollgate-db");
    config.setMaximumPoolSize(poolSize);
    config.setConnectionTimeout(10_000);
    password.ifPresent(config::setPassword);
    if (dialect == Dialect.SQLITE) {
      Path file = Path.of(url.jdbc().substring("jdbc:sqlite:".length()).replaceFirst("\\?.*$", ""));
      try {
        Files.createDirectories(file.toAbsolutePath().getParent());
      } catch (java.io.IOException e) {
        throw new SQLException("cannot create the data directory " + file.getParent() + ": " + e.getMessage(), e);
      }
      config.setJdbcUrl(withSqliteDefaults(url.jdbc()));
    } else {
      config.setJdbcUrl(url.jdbc());
    }
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new SQLException("cannot open the database " + url.masked() + ": " + rootMessage(e), e);
    }
    try {
      Flyway flyway = Flyway.configure().dataSource(pool).locations(dialect.migrations()).load();
      flyway.migrate();
      return new Database(pool, dialect, flyway);
    } catch (RuntimeException e) {
      pool.close();
      throw new SQLException("cannot migrate the database " + url.masked() + ": " + rootMessage(e), e);
    }
  }

  /**
   * SQLite settings the queue relies on, unless the URL sets them itself. WAL lets the dashboard read
   * while workers write. IMMEDIATE makes a write transaction take SQLite's single write lock at BEGIN,
   * so two claims never interleave, and busy_timeout makes the others wait for it instead of failing.
   * synchronous=NORMAL writes every commit to the WAL file before it returns (so it survives the
   * process being killed) but leaves the fsync to checkpoints: a power cut can lose the last
   * commits. {@code ?synchronous=FULL} in the URL fsyncs every commit, at about one commit per
   * fsync (3 ms on the benchmark machine), which is below what 300 deliveries a second need.
   * Automatic checkpoints are off: a background thread checkpoints every second instead (see the
   * constructor), so no commit pays for one.
   */
  static String withSqliteDefaults(String jdbc) {
    int q = jdbc.indexOf('?');
    String given = q < 0 ? "" : jdbc.substring(q + 1);
    StringBuilder url = new StringBuilder(jdbc);
    String[][] defaults = {{"journal_mode", "WAL"}, {"synchronous", "NORMAL"}, {"wal_autocheckpoint", "0"}, {"busy_timeout", "30000"},
        {"transaction_mode", "IMMEDIATE"}, {"foreign_keys", "true"}};
    for (String[] d : defaults) {
      if (!java.util.regex.Pattern.compile("(^|&)" + d[0] + "=").matcher(given).find()) {
        url.append(url.indexOf("?") < 0 ? '?' : '&').append(d[0]).append('=').append(d[1]);
      }
    }
    return url.toString();
  }

  public Dialect dialect() {
    return dialect;
  }

  /**
   * Runs {@code work} in one write transaction: committed when it returns, rolled back when it
   * throws. Every statement that changes data goes through here.
   */
  public <T> T transaction(Work<T> work) throws SQLException {
    if (dialect == Dialect.SQLITE) {
      sqliteWriter.lock();
      try {
        return inTransaction(work);
      } finally {
        sqliteWriter.unlock();
      }
    }
    return inTransaction(work);
  }

  private <T> T inTransaction(Work<T> work) throws SQLException {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  /** Runs {@code work} with auto-commit on, for reads: each statement sees the latest commit. */
  public <T> T read(Work<T> work) throws SQLException {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(true);
      return work.run(c);
    }
  }

  /** Reachable and fully migrated: what {@code /readyz} reports. */
  public boolean ready() {
    try (Connection c = pool.getConnection()) {
      return c.isValid(2) && flyway.info().pending().length == 0;
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    if (checkpointer != null) {
      checkpointer.shutdownNow();
    }
    pool.close();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
