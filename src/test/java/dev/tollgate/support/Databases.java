package dev.tollgate.support;

import dev.tollgate.store.Database;
import dev.tollgate.store.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh databases for tests: a SQLite file in a temporary folder, or a new database on one embedded
 * PostgreSQL server that is started once per test JVM (on first use) and stopped when the JVM exits.
 */
public final class Databases {

  public enum Kind { SQLITE, POSTGRESQL }

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private Databases() {}

  public static DatabaseUrl url(Kind kind, Path dir) {
    return kind == Kind.SQLITE ? DatabaseUrl.embedded(dir) : newPostgresDatabase();
  }

  public static Database open(Kind kind, Path dir) throws SQLException {
    return Database.open(url(kind, dir), Optional.empty(), 8);
  }

  /** A new, empty database on the shared embedded PostgreSQL server. */
  public static synchronized DatabaseUrl newPostgresDatabase() {
    try {
      if (postgres == null) {
        // A throwaway server: no fsync, so the tests measure the queue, not this machine's disk.
        postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off").start();
        EmbeddedPostgres started = postgres;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            started.close();
          } catch (IOException ignored) {
            // the JVM is exiting; the data directory is temporary
          }
        }));
      }
      String name = "tollgate_test_" + NEXT.incrementAndGet();
      try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
        st.execute("CREATE DATABASE " + name);
      }
      return new DatabaseUrl(postgres.getJdbcUrl("postgres", name));
    } catch (IOException e) {
      throw new UncheckedIOException("could not start embedded PostgreSQL", e);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create a test database", e);
    }
  }
}
