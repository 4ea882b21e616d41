package dev.tollgate.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Row mapping shared by the queue's statements. */
final class Sql {
  private Sql() {}

  /** A job from the columns id, host, delivery_id, repo, repo_id, pr_number, head_sha, kind, requested_by,
   * installation_id, attempts (before this claim), received_at. */
  static Job job(ResultSet rs) throws SQLException {
    JobRequest request = new JobRequest(rs.getString(4), rs.getLong(5), rs.getLong(6),
        Optional.ofNullable(rs.getString(7)), JobKind.valueOf(rs.getString(8)), Optional.ofNullable(rs.getString(9)),
        JobQueue.optionalLong(rs, 10));
    return new Job(rs.getLong(1), Host.of(rs.getString(2)), rs.getString(3), request, rs.getInt(11) + 1,
        Instant.ofEpochMilli(rs.getLong(12)));
  }

  static String clip(String s, int max) {
    if (s == null) {
      return null;
    }
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
