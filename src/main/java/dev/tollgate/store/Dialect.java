package dev.tollgate.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The two databases Tollgate runs on and the little that differs between them: where their
 * migrations are, how a worker claims a row, and how money is stored.
 */
public enum Dialect {
  /** The zero-configuration default: one file, one process. Writers are serialised by SQLite's own lock. */
  SQLITE("classpath:db/sqlite", ""),
  /** Replicas share one PostgreSQL; a claim locks the row it takes and skips rows other replicas hold. */
  POSTGRESQL("classpath:db/postgresql", " FOR UPDATE OF j SKIP LOCKED");

  private final String migrations;
  private final String claimLock;

  Dialect(String migrations, String claimLock) {
    this.migrations = migrations;
    this.claimLock = claimLock;
  }

  String migrations() {
    return migrations;
  }

  /**
   * Appended to the row-picking subquery of a claim. SQLite needs nothing: every write transaction
   * holds the database's single write lock (transaction_mode=IMMEDIATE), so two claims never interleave.
   */
  public String claimLock() {
    return claimLock;
  }

  /** SQLite has no exact decimal type (NUMERIC columns may become REAL), so money goes in as text. */
  public void bindMoney(PreparedStatement st, int index, BigDecimal amount) throws SQLException {
    if (this == SQLITE) {
      st.setString(index, amount.toPlainString());
    } else {
      st.setBigDecimal(index, amount);
    }
  }

  static Dialect of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException("unsupported database URL (use jdbc:postgresql://... or jdbc:sqlite:FILE)");
  }
}
