package dev.tollgate.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The history of estimates per repository and pull request: totals per project, verdict, head
 * commit, time, and whether the pull request was merged. Writes take the caller's connection so that
 * recording an estimate and finishing its job are one transaction.
 */
public final class EstimateHistory {

  private final Database db;

  public EstimateHistory(Database db) {
    this.db = db;
  }

  /** Adds one estimate; returns its id. */
  public long record(Connection c, long jobId, String host, String repo, long number, EstimateSummary s,
      boolean merged, Instant at) throws SQLException {
    long id;
    try (PreparedStatement st = c.prepareStatement(
        "INSERT INTO estimates (job_id, host, repo, pr_number, head_sha, verdict, currency, unpriced, merged, estimated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
      st.setLong(1, jobId);
      st.setString(2, host);
      st.setString(3, repo);
      st.setLong(4, number);
      st.setString(5, s.headSha());
      st.setString(6, s.verdict().name());
      st.setString(7, s.currency());
      st.setInt(8, s.unpriced());
      st.setBoolean(9, merged);
      st.setLong(10, at.toEpochMilli());
      st.executeUpdate();
      try (ResultSet keys = st.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
    }
    try (PreparedStatement st = c.prepareStatement(
        "INSERT INTO estimate_projects (estimate_id, position, name, monthly_before, monthly_after) VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < s.projects().size(); i++) {
        ProjectTotal p = s.projects().get(i);
        st.setLong(1, id);
        st.setInt(2, i);
        st.setString(3, p.name());
        db.dialect().bindMoney(st, 4, p.monthlyBefore());
        db.dialect().bindMoney(st, 5, p.monthlyAfter());
        st.addBatch();
      }
      st.executeBatch();
    }
    return id;
  }

  /**
   * Marks the pull request's latest estimate merged (the one at {@code headSha} when given); false
   * when there is none to mark.
   */
  public boolean markMerged(Connection c, String host, String repo, long number, String headSha) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(
        "UPDATE estimates SET merged = ? WHERE id = (SELECT MAX(id) FROM estimates"
            + " WHERE host = ? AND repo = ? AND pr_number = ? AND (? IS NULL OR head_sha = ?))")) {
      st.setBoolean(1, true);
      st.setString(2, host);
      st.setString(3, repo);
      st.setLong(4, number);
      st.setString(5, headSha);
      st.setString(6, headSha);
      return st.executeUpdate() == 1;
    }
  }

  /** Repositories with at least one estimate, most recently estimated first. */
  public List<RepoRef> repositories(int limit) throws SQLException {
    return db.read(c -> {
      List<RepoRef> out = new ArrayList<>();
      try (PreparedStatement st = c.prepareStatement(
          "SELECT host, repo, MAX(estimated_at) AS last FROM estimates GROUP BY host, repo ORDER BY last DESC LIMIT ?")) {
        st.setInt(1, limit);
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            out.add(new RepoRef(rs.getString(1), rs.getString(2)));
          }
        }
      }
      return out;
    });
  }

  /** The repository's latest estimates, newest first. */
  public List<HistoryEntry> recent(String host, String repo, int limit) throws SQLException {
    return query("WHERE host = ? AND repo = ? ORDER BY estimated_at DESC, id DESC LIMIT ?", host, repo, limit);
  }

  /** The repository's merged estimates, oldest first: the points of its cost trend. */
  public List<HistoryEntry> merged(String host, String repo, int limit) throws SQLException {
    List<HistoryEntry> newestFirst = query(
        "WHERE host = ? AND repo = ? AND merged = ? ORDER BY estimated_at DESC, id DESC LIMIT ?", host, repo, limit);
    List<HistoryEntry> out = new ArrayList<>(newestFirst);
    java.util.Collections.reverse(out);
    return out;
  }

  /** One estimates row, before its projects are attached. */
  private record Row(long id, long number, String headSha, String verdict, String currency, int unpriced, boolean merged,
      long at) {}

  private List<HistoryEntry> query(String where, String host, String repo, int limit) throws SQLException {
    boolean mergedOnly = where.contains("merged = ?");
    return db.read(c -> {
      List<Row> rows = new ArrayList<>();
      try (PreparedStatement st = c.prepareStatement(
          "SELECT id, pr_number, head_sha, verdict, currency, unpriced, merged, estimated_at FROM estimates " + where)) {
        int i = 1;
        st.setString(i++, host);
        st.setString(i++, repo);
        if (mergedOnly) {
          st.setBoolean(i++, true);
        }
        st.setInt(i, limit);
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            rows.add(new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                rs.getBoolean(7), rs.getLong(8)));
          }
        }
      }
      Map<Long, List<ProjectTotal>> projects = projects(c, rows.stream().map(Row::id).collect(java.util.stream.Collectors.toSet()));
      List<HistoryEntry> out = new ArrayList<>();
      for (Row r : rows) {
        EstimateSummary s = new EstimateSummary(r.headSha(), r.currency(), projects.getOrDefault(r.id(), List.of()),
            Verdict.valueOf(r.verdict()), r.unpriced());
        out.add(new HistoryEntry(r.id(), host, repo, r.number(), s, r.merged(), Instant.ofEpochMilli(r.at())));
      }
      return out;
    });
  }

  private static Map<Long, List<ProjectTotal>> projects(Connection c, java.util.Set<Long> ids) throws SQLException {
    Map<Long, List<ProjectTotal>> out = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
    try (PreparedStatement st = c.prepareStatement("SELECT estimate_id, name, monthly_before, monthly_after"
        + " FROM estimate_projects WHERE estimate_id IN (" + marks + ") ORDER BY estimate_id, position")) {
      int i = 1;
      for (long id : ids) {
        st.setLong(i++, id);
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
              .add(new ProjectTotal(rs.getString(2), new BigDecimal(rs.getString(3)), new BigDecimal(rs.getString(4))));
        }
      }
    }
    return out;
  }
}
