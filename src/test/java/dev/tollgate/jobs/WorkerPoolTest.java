package dev.tollgate.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.store.Database;
import dev.tollgate.support.Databases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workers with the real clock: heartbeats keep a long job, and a handler that throws is retried. */
class WorkerPoolTest {

  @TempDir Path dir;

  private static JobRequest push(long pr) {
    return new JobRequest("acme/infra", 1, pr, Optional.of("abcdef1"), JobKind.PUSHED, Optional.empty(), OptionalLong.empty());
  }

  @Test
  void a_job_running_longer_than_its_lease_keeps_it_by_heartbeat_and_runs_once() throws Exception {
    QueueSettings short_ = new QueueSettings(Duration.ofMillis(600), 3, Backoff.DEFAULT);
    try (Database db = Databases.open(Databases.Kind.SQLITE, dir)) {
      JobQueue q = new JobQueue(db, short_, Clock.systemUTC());
      AtomicInteger runs = new AtomicInteger();
      JobHandler slow = job -> {
        runs.incrementAndGet();
        Thread.sleep(2_000); // more than three leases
        return new JobOutcome.Finished("slow but done");
      };
      // Two pools on one database: without the heartbeat, the idle one would take the job over.
      WorkerPool a = new WorkerPool(q, slow, WorkerPool.Listener.NONE, 1, Duration.ofMillis(50));
      WorkerPool b = new WorkerPool(q, slow, WorkerPool.Listener.NONE, 1, Duration.ofMillis(50));
      a.start();
      b.start();
      q.accept(new Delivery(Host.GITHUB, "d-1", "pull_request", Instant.now()), Optional.of(push(1)), "");
      a.wake();
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (q.recent(1).get(0).state() != JobState.DONE && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      a.close();
      b.close();
      JobStatus s = q.recent(1).get(0);
      assertThat(s.state()).isEqualTo(JobState.DONE);
      assertThat(s.note()).isEqualTo("slow but done");
      assertThat(s.attempts()).isEqualTo(1);
      assertThat(runs.get()).isEqualTo(1);
    }
  }

  @Test
  void a_handler_that_throws_is_retried_after_its_backoff() throws Exception {
    QueueSettings quick = new QueueSettings(Duration.ofSeconds(5), 3, new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1)));
    try (Database db = Databases.open(Databases.Kind.SQLITE, dir)) {
      JobQueue q = new JobQueue(db, quick, Clock.systemUTC());
      AtomicInteger runs = new AtomicInteger();
      JobHandler flaky = job -> {
        if (runs.incrementAndGet() == 1) {
          throw new java.io.IOException("connection reset");
        }
        return new JobOutcome.Finished("second time lucky");
      };
      WorkerPool pool = new WorkerPool(q, flaky, WorkerPool.Listener.NONE, 2, Duration.ofMillis(50));
      pool.start();
      q.accept(new Delivery(Host.GITLAB, "d-1", "Merge Request Hook", Instant.now()), Optional.of(push(2)), "");
      pool.wake();
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (q.recent(1).get(0).state() != JobState.DONE && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      pool.close();
      JobStatus s = q.recent(1).get(0);
      assertThat(s.state()).isEqualTo(JobState.DONE);
      assertThat(s.attempts()).isEqualTo(2);
      assertThat(runs.get()).isEqualTo(2);
    }
  }
}
