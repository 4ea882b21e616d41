package dev.tollgate.jobs;

import dev.tollgate.store.Database;
import dev.tollgate.store.EstimateHistory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The durable job queue: stores each delivery once (keyed by host and delivery id), turns it into a
 * job, and hands jobs to workers under a lease.
 *
 * <p>Rules, each enforced in SQL so that they hold across replicas: only the newest job of a pull
 * request ever runs (older ones are superseded: at once if still queued, or when the newest finishes);
 * a pull request has at most one job running at a time; a running job whose lease ran out is claimed
 * again; a finished job's outcome is recorded only by the claim that still holds it.
 */
public final class JobQueue {

  private static final String SAME_PR = "n.host = j.host AND n.repo = j.repo AND n.pr_number = j.pr_number";

  private final Database db;
  private final EstimateHistory history;
  private final QueueSettings settings;
  private final Clock clock;
  private final String claimExpiredSql;
  private final String claimQueuedSql;

  public JobQueue(Database db, QueueSettings settings, Clock clock) {
    this.db = db;
    this.history = new EstimateHistory(db);
    this.settings = settings;
    this.clock = clock;
    String select = "SELECT j.id, j.host, j.delivery_id, j.repo, j.repo_id, j.pr_number, j.head_sha, j.kind,"
        + " j.requested_by, j.installation_id, j.attempts, j.received_at FROM jobs j WHERE ";
    String runnable = " AND NOT EXISTS (SELECT 1 FROM jobs n WHERE " + SAME_PR + " AND n.id > j.id)"
        + " AND NOT EXISTS (SELECT 1 FROM jobs n WHERE " + SAME_PR + " AND n.id < j.id"
        + "   AND n.state = 'running' AND n.lease_expires >= ?)";
    // Two statements rather than one with OR, so that each walks its index in order and stops at the
    // first runnable row instead of sorting every queued job on every claim.
    this.claimExpiredSql = select + "j.state = 'running' AND j.lease_expires < ?" + runnable
        + " ORDER BY j.lease_expires, j.id LIMIT 1" + db.dialect().claimLock();
    this.claimQueuedSql = select + "j.state = 'queued' AND j.run_after <= ?" + runnable
        + " ORDER BY j.run_after, j.id LIMIT 1" + db.dialect().claimLock();
  }

  public QueueSettings settings() {
    return settings;
  }

  public Clock clock() {
    return clock;
  }

  /**
   * Stores a delivery and, when it asks for work, its job, in one transaction: once this returns
   * the delivery survives a crash. A delivery id seen before is a {@code DUPLICATE} and changes nothing.
   * A new job supersedes the queued jobs of the same pull request.
   */
  public Intake accept(Delivery delivery, Optional<JobRequest> request, String ignoredReason) throws SQLException {
    return db.transaction(c -> {
      try (PreparedStatement st = c.prepareStatement("INSERT INTO deliveries (host, delivery_id, event, received_at,"
          + " ignored_reason) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
        st.setString(1, delivery.host().id());
        st.setString(2, delivery.id());
        st.setString(3, delivery.event());
        st.setLong(4, delivery.receivedAt().toEpochMilli());
        st.setString(5, request.isPresent() ? null : Sql.clip(ignoredReason, 500));
        if (st.executeUpdate() == 0) {
          return Intake.DUPLICATE;
        }
      }
      if (request.isEmpty()) {
        return Intake.IGNORED;
      }
      long id = insertJob(c, delivery, request.get());
      JobRequest r = request.get();
      try (PreparedStatement st = c.prepareStatement("UPDATE jobs SET state = 'superseded', finished_at = ?, note = ?"
          + " WHERE host = ? AND repo = ? AND pr_number = ? AND id < ? AND state = 'queued'")) {
        st.setLong(1, delivery.receivedAt().toEpochMilli());
        st.setString(2, "superseded by job " + id + " (a newer delivery for this pull request)");
        st.setString(3, delivery.host().id());
        st.setString(4, r.repo());
        st.setLong(5, r.number());
        st.setLong(6, id);
        st.executeUpdate();
      }
      try (PreparedStatement st = c.prepareStatement("UPDATE deliveries SET job_id = ? WHERE host = ? AND delivery_id = ?")) {
        st.setLong(1, id);
        st.setString(2, delivery.host().id());
        st.setString(3, delivery.id());
        st.executeUpdate();
      }
      return Intake.queued(id);
    });
  }

  private static long insertJob(Connection c, Delivery d, JobRequest r) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("INSERT INTO jobs (host, delivery_id, repo, repo_id, pr_number,"
        + " head_sha, kind, requested_by, installation_id, state, attempts, run_after, received_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
      st.setString(1, d.host().id());
      st.setString(2, d.id());
      st.setString(3, r.repo());
      st.setLong(4, r.repoId());
      st.setLong(5, r.number());
      st.setString(6, r.headSha().orElse(null));
      st.setString(7, r.kind().name());
      st.setString(8, r.requestedBy().orElse(null));
      if (r.installationId().isPresent()) {
        st.setLong(9, r.installationId().getAsLong());
      } else {
        st.setNull(9, java.sql.Types.BIGINT);
      }
      st.setLong(10, d.receivedAt().toEpochMilli());
      st.setLong(11, d.receivedAt().toEpochMilli());
      st.executeUpdate();
      try (ResultSet keys = st.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** Takes the next runnable job under a fresh lease, or nothing when none is runnable now. */
  public Optional<Claim> claim() throws SQLException {
    long now = clock.millis();
    String token = UUID.randomUUID().toString();
    return db.transaction(c -> {
      Optional<Job> found = first(c, claimExpiredSql, now);
      if (found.isEmpty()) {
        found = first(c, claimQueuedSql, now);
      }
      if (found.isEmpty()) {
        return Optional.<Claim>empty();
      }
      Job job = found.get();
      try (PreparedStatement st = c.prepareStatement("UPDATE jobs SET state = 'running', attempts = attempts + 1,"
          + " claim_token = ?, lease_expires = ? WHERE id = ?")) {
        st.setString(1, token);
        st.setLong(2, now + settings.lease().toMillis());
        st.setLong(3, job.id());
        st.executeUpdate();
      }
      return Optional.of(new Claim(job, token));
    });
  }

  private static Optional<Job> first(Connection c, String sql, long now) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.setLong(1, now);
      st.setLong(2, now);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(Sql.job(rs)) : Optional.empty();
      }
    }
  }

  /** Extends the claim's lease; false when the job is no longer this claim's (it was taken over). */
  public boolean renew(Claim claim) throws SQLException {
    return db.transaction(c -> {
      try (PreparedStatement st = c.prepareStatement("UPDATE jobs SET lease_expires = ?"
          + " WHERE id = ? AND claim_token = ? AND state = 'running'")) {
        st.setLong(1, clock.millis() + settings.lease().toMillis());
        st.setLong(2, claim.job().id());
        st.setString(3, claim.token());
        return st.executeUpdate() == 1;
      }
    });
  }

  /** Puts a claimed job back as if it had not been tried (a worker shutting down before running it). */
  public void release(Claim claim) throws SQLException {
    db.transaction(c -> {
      try (PreparedStatement st = c.prepareStatement("UPDATE jobs SET state = 'queued', attempts = attempts - 1,"
          + " claim_token = NULL, lease_expires = NULL, run_after = ? WHERE id = ? AND claim_token = ? AND state = 'running'")) {
        st.setLong(1, clock.millis());
        st.setLong(2, claim.job().id());
        st.setString(3, claim.token());
        return st.executeUpdate();
      }
    });
  }

  /**
   * Records how a job ended and what state that puts it in; false (and nothing recorded) when the
   * claim had already lost the job. An estimate goes into the history in the same transaction.
   */
  public boolean finish(Claim claim, JobOutcome outcome) throws SQLException {
    Job job = claim.job();
    Instant now = clock.instant();
    return db.transaction(c -> {
      JobState state;
      String note;
      long runAfter = 0;
      if (outcome instanceof JobOutcome.Estimated) {
        state = JobState.DONE;
        note = "estimated";
      } else if (outcome instanceof JobOutcome.Finished) {
        state = JobState.DONE;
        note = ((JobOutcome.Finished) outcome).note();
      } else if (outcome instanceof JobOutcome.Failed) {
        state = JobState.FAILED;
        note = ((JobOutcome.Failed) outcome).reason();
      } else {
        String reason = ((JobOutcome.Retry) outcome).reason();
        if (job.attempt() >= settings.maxAttempts()) {
          state = JobState.FAILED;
          note = "gave up after " + job.attempt() + " attempts: " + reason;
        } else {
          state = JobState.QUEUED;
          note = "attempt " + job.attempt() + " failed, retrying: " + reason;
          runAfter = now.plus(settings.backoff().after(job.attempt(), ThreadLocalRandom.current())).toEpochMilli();
        }
      }
      if (!transition(c, claim, state, Sql.clip(note, 1000), now.toEpochMilli(), runAfter)) {
        return false;
      }
      if (state != JobState.QUEUED) {
        supersedeOlder(c, job, now.toEpochMilli());
      }
      JobRequest r = job.request();
      if (outcome instanceof JobOutcome.Estimated) {
        history.record(c, job.id(), job.host().id(), r.repo(), r.number(), ((JobOutcome.Estimated) outcome).summary(),
            r.kind() == JobKind.MERGED, now);
      } else if (outcome instanceof JobOutcome.Finished && r.kind() == JobKind.MERGED) {
        history.markMerged(c, job.host().id(), r.repo(), r.number(), r.headSha().orElse(null));
      }
      return true;
    });
  }

  private static boolean transition(Connection c, Claim claim, JobState state, String note, long now, long runAfter)
      throws SQLException {
    String sql = state == JobState.QUEUED
        // A retry that a newer job overtook is superseded instead: only the newest job of a PR runs.
        ? "UPDATE jobs SET state = CASE WHEN EXISTS (SELECT 1 FROM jobs n WHERE n.host = jobs.host"
            + " AND n.repo = jobs.repo AND n.pr_number = jobs.pr_number AND n.id > jobs.id) THEN 'superseded' ELSE 'queued' END,"
            + " note = ?, run_after = ?, claim_token = NULL, lease_expires = NULL WHERE id = ? AND claim_token = ? AND state = 'running'"
        : "UPDATE jobs SET state = ?, note = ?, finished_at = ?, claim_token = NULL, lease_expires = NULL"
            + " WHERE id = ? AND claim_token = ? AND state = 'running'";
    try (PreparedStatement st = c.prepareStatement(sql)) {
      int i = 1;
      if (state != JobState.QUEUED) {
        st.setString(i++, state.id());
      }
      st.setString(i++, note);
      st.setLong(i++, state == JobState.QUEUED ? runAfter : now);
      st.setLong(i++, claim.job().id());
      st.setString(i, claim.token());
      return st.executeUpdate() == 1;
    }
  }

  /** Older jobs of the pull request that never got to run (or whose worker died) are superseded now. */
  private static void supersedeOlder(Connection c, Job job, long now) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("UPDATE jobs SET state = 'superseded', finished_at = ?, note = ?,"
        + " claim_token = NULL WHERE host = ? AND repo = ? AND pr_number = ? AND id < ? AND state IN ('queued', 'running')")) {
      st.setLong(1, now);
      st.setString(2, "superseded by job " + job.id() + " (a newer delivery for this pull request)");
      st.setString(3, job.host().id());
      st.setString(4, job.request().repo());
      st.setLong(5, job.request().number());
      st.setLong(6, job.id());
      st.executeUpdate();
    }
  }

  /** Jobs waiting to run (due now or later): the queue depth. */
  public long depth() throws SQLException {
    return db.read(c -> {
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM jobs WHERE state = 'queued'")) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  /** The most recent jobs, newest first, for the dashboard. */
  public java.util.List<JobStatus> recent(int limit) throws SQLException {
    return db.read(c -> {
      java.util.List<JobStatus> out = new java.util.ArrayList<>();
      try (PreparedStatement st = c.prepareStatement("SELECT id, host, repo, pr_number, head_sha, kind, state, attempts,"
          + " received_at, finished_at, note FROM jobs ORDER BY id DESC LIMIT ?")) {
        st.setInt(1, limit);
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            long finished = rs.getLong(10);
            boolean hasFinished = !rs.wasNull();
            out.add(new JobStatus(rs.getLong(1), Host.of(rs.getString(2)), rs.getString(3), rs.getLong(4),
                Optional.ofNullable(rs.getString(5)), JobKind.valueOf(rs.getString(6)), JobState.of(rs.getString(7)),
                rs.getInt(8), Instant.ofEpochMilli(rs.getLong(9)),
                hasFinished ? Optional.of(Instant.ofEpochMilli(finished)) : Optional.empty(),
                Optional.ofNullable(rs.getString(11)).orElse("")));
          }
        }
      }
      return out;
    });
  }

  static OptionalLong optionalLong(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(v);
  }
}
