package dev.tollgate.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.store.Database;
import dev.tollgate.store.EstimateHistory;
import dev.tollgate.store.EstimateSummary;
import dev.tollgate.store.ProjectTotal;
import dev.tollgate.store.Verdict;
import dev.tollgate.support.Databases;
import dev.tollgate.support.TestClock;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The queue's rules on both databases: dedupe, supersede, leases, retries, one job per PR at a time. */
class JobQueueTest {

  private static final QueueSettings SETTINGS =
      new QueueSettings(Duration.ofSeconds(30), 3, new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(5)));

  @TempDir Path dir;
  private final TestClock clock = new TestClock(Instant.parse("2026-01-05T10:00:00Z"));

  private JobQueue queue(Database db) {
    return new JobQueue(db, SETTINGS, clock);
  }

  private Delivery delivery(String id) {
    return new Delivery(Host.GITHUB, id, "pull_request", clock.instant());
  }

  private static Optional<JobRequest> push(long pr, String sha) {
    return Optional.of(new JobRequest("acme/infra", 42, pr, Optional.of(sha), JobKind.PUSHED, Optional.empty(),
        OptionalLong.of(7)));
  }

  @ParameterizedTest
  @EnumSource(Databases.Kind.class)
  void a_repeated_delivery_is_stored_once_and_makes_one_job(Databases.Kind kind) throws Exception {
    try (Database db = Databases.open(kind, dir)) {
      JobQueue q = queue(db);
      assertThat(q.accept(delivery("d-1"), push(1, "aaaaaaa"), "").result()).isEqualTo(Intake.Result.QUEUED);
      assertThat(q.accept(delivery("d-1"), push(1, "aaaaaaa"), "").result()).isEqualTo(Intake.Result.DUPLICATE);
      assertThat(q.accept(delivery("d-2"), Optional.empty(), "ping").result()).isEqualTo(Intake.Result.IGNORED);
      assertThat(q.accept(delivery("d-2"), Optional.empty(), "ping").result()).isEqualTo(Intake.Result.DUPLICATE);
      assertThat(q.depth()).isEqualTo(1);
      assertThat(q.recent(10)).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.Kind.class)
  void a_newer_push_supersedes_the_queued_job_of_the_same_pull_request(Databases.Kind kind) throws Exception {
    try (Database db = Databases.open(kind, dir)) {
      JobQueue q = queue(db);
      long older = q.accept(delivery("d-1"), push(1, "aaaaaaa"), "").jobId().getAsLong();
      long other = q.accept(delivery("d-2"), push(2, "ccccccc"), "").jobId().getAsLong();
      long newer = q.accept(delivery("d-3"), push(1, "bbbbbbb"), "").jobId().getAsLong();

      Claim first = q.claim().orElseThrow();
      Claim second = q.claim().orElseThrow();
      assertThat(List.of(first.job().id(), second.job().id())).containsExactlyInAnyOrder(other, newer);
      assertThat(q.claim()).isEmpty();
      assertThat(state(q, older)).isEqualTo(JobState.SUPERSEDED);
      assertThat(q.recent(10).stream().filter(s -> s.id() == older).findFirst().orElseThrow().note())
          .contains("superseded by job " + newer);
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.Kind.class)
  void a_job_whose_worker_died_is_claimed_again_once_its_lease_runs_out(Databases.Kind kind) throws Exception {
    try (Database db = Databases.open(kind, dir)) {
      JobQueue q = queue(db);
      q.accept(delivery("d-1"), push(1, "aaaaaaa"), "");
      Claim dead = q.claim().orElseThrow();
      assertThat(dead.job().attempt()).isEqualTo(1);

      clock.advance(Duration.ofSeconds(29));
      assertThat(q.claim()).as("lease still running").isEmpty();
      clock.advance(Duration.ofSeconds(2));
      Claim again = q.claim().orElseThrow();
      assertThat(again.job().id()).isEqualTo(dead.job().id());
      assertThat(again.job().attempt()).isEqualTo(2);

      assertThat(q.renew(dead)).as("the dead worker's claim is gone").isFalse();
      assertThat(q.finish(dead, new JobOutcome.Finished("late"))).isFalse();
      assertThat(q.finish(again, new JobOutcome.Finished("ok"))).isTrue();
      assertThat(state(q, again.job().id())).isEqualTo(JobState.DONE);
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.Kind.class)
  void a_retry_waits_for_its_backoff_and_the_last_attempt_fails_the_job(Databases.Kind kind) throws Exception {
    try (Database db = Databases.open(kind, dir)) {
      JobQueue q = queue(db);
      long id = q.accept(delivery("d-1"), push(1, "aaaaaaa"), "").jobId().getAsLong();
      for (int attempt = 1; attempt <= 2; attempt++) {
        Claim c = q.claim().orElseThrow();
        assertThat(c.job().attempt()).isEqualTo(attempt);
        assertThat(q.finish(c, new JobOutcome.Retry("GitHub answered 502"))).isTrue();
        assertThat(state(q, id)).isEqualTo(JobState.QUEUED);
        assertThat(q.claim()).as("backoff not over").isEmpty();
        clock.advance(Duration.ofSeconds(10L << attempt)); // base * 2^(attempt-1), plus at most a quarter
      }
      Claim last = q.claim().orElseThrow();
      assertThat(last.job().attempt()).isEqualTo(3);
      q.finish(last, new JobOutcome.Retry("GitHub answered 502"));
      JobStatus s = q.recent(1).get(0);
      assertThat(s.state()).isEqualTo(JobState.FAILED);
      assertThat(s.note()).isEqualTo("gave up after 3 attempts: GitHub answered 502");
      assertThat(s.attempts()).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.Kind.class)
  void a_pull_request_runs_one_job_at_a_time_and_the_newest_runs_next(Databases.Kind kind) throws Exception {
    try (Database db = Databases.open(kind, dir)) {
      JobQueue q = queue(db);
      q.accept(delivery("d-1"), push(1, "aaaaaaa"), "");
      Claim running = q.claim().orElseThrow();
      long newer = q.accept(delivery("d-2"), push(1, "bbbbbbb"), "").jobId().getAsLong();
      assertThat(q.claim()).as("PR 1 is busy").isEmpty();
      assertThat(q.finish(running, new JobOutcome.Finished("done"))).isTrue();
      Claim next = q.claim().orElseThrow();
      assertThat(next.job().id()).isEqualTo(newer);
      assertThat(next.job().request().headSha()).contains("bbbbbbb");
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.Kind.class)
  void an_estimate_goes_into_the_history_and_a_merge_marks_it_merged(Databases.Kind kind) throws Exception {
    try (Database db = Databases.open(kind, dir)) {
      JobQueue q = queue(db);
      q.accept(delivery("d-1"), push(5, "abcdef1"), "");
      EstimateSummary summary = new EstimateSummary("abcdef1", "USD", List.of(
          new ProjectTotal("network", new BigDecimal("32.85"), new BigDecimal("65.70")),
          new ProjectTotal("app", new BigDecimal("0.1234567891"), new BigDecimal("140.16"))), Verdict.WARN, 2);
      q.finish(q.claim().orElseThrow(), new JobOutcome.Estimated(summary));
      clock.advance(Duration.ofMinutes(1));
      q.accept(delivery("d-2"), Optional.of(new JobRequest("acme/infra", 42, 5, Optional.of("abcdef1"), JobKind.MERGED,
          Optional.empty(), OptionalLong.empty())), "");
      q.finish(q.claim().orElseThrow(), new JobOutcome.Finished("merged"));

      EstimateHistory history = new EstimateHistory(db);
      var merged = history.merged("github", "acme/infra", 10);
      assertThat(merged).hasSize(1);
      assertThat(merged.get(0).summary()).isEqualTo(summary);
      assertThat(merged.get(0).summary().monthlyAfter()).isEqualByComparingTo("205.86");
      assertThat(merged.get(0).number()).isEqualTo(5);
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.Kind.class)
  void concurrent_workers_claim_each_job_exactly_once(Databases.Kind kind) throws Exception {
    try (Database db = Databases.open(kind, dir)) {
      JobQueue q = new JobQueue(db, SETTINGS, java.time.Clock.systemUTC());
      for (int i = 1; i <= 300; i++) {
        q.accept(new Delivery(Host.GITLAB, "d-" + i, "Merge Request Hook", Instant.now()), push(i, "aaaaaaa"), "");
      }
      Map<Long, AtomicInteger> runs = new ConcurrentHashMap<>();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      for (int t = 0; t < 8; t++) {
        pool.submit(() -> {
          Optional<Claim> c;
          while ((c = q.claim()).isPresent()) {
            runs.computeIfAbsent(c.get().job().id(), k -> new AtomicInteger()).incrementAndGet();
            q.finish(c.get(), new JobOutcome.Finished("ok"));
          }
          return null;
        });
      }
      pool.shutdown();
      assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
      assertThat(runs).hasSize(300);
      assertThat(runs.values()).allMatch(n -> n.get() == 1);
      assertThat(q.depth()).isZero();
    }
  }

  private static JobState state(JobQueue q, long id) throws Exception {
    return q.recent(100).stream().filter(s -> s.id() == id).findFirst().orElseThrow().state();
  }
}
