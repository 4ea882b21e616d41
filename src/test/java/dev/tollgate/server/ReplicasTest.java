package dev.tollgate.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.jobs.JobHandler;
import dev.tollgate.jobs.JobOutcome;
import dev.tollgate.store.DatabaseUrl;
import dev.tollgate.support.Databases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two replicas on one PostgreSQL, each taking half the deliveries over HTTP: every job runs once. */
class ReplicasTest {

  private static final int JOBS = 1000;

  @TempDir Path dir;

  @Test
  void two_replicas_on_one_postgresql_run_each_of_1000_jobs_exactly_once() throws Exception {
    DatabaseUrl url = Databases.newPostgresDatabase();
    Map<Long, AtomicInteger> runs = new ConcurrentHashMap<>();
    AtomicInteger byA = new AtomicInteger();
    AtomicInteger byB = new AtomicInteger();
    try (TollgateServer a = Servers.start(Servers.config(dir.resolve("a"), Optional.of(url), 1 << 20), counting(runs, byA));
         TollgateServer b = Servers.start(Servers.config(dir.resolve("b"), Optional.of(url), 1 << 20), counting(runs, byB))) {
      ExecutorService senders = Executors.newFixedThreadPool(8);
      AtomicInteger accepted = new AtomicInteger();
      for (int i = 1; i <= JOBS; i++) {
        int pr = i;
        senders.submit(() -> {
          byte[] body = ("{\"action\":\"opened\",\"repository\":{\"full_name\":\"acme/platform\",\"id\":3},"
              + "\"pull_request\":{\"number\":" + pr + ",\"head\":{\"sha\":\"" + String.format("%040x", pr) + "\"}}}")
              .getBytes(StandardCharsets.UTF_8);
          if (Servers.github(pr % 2 == 0 ? a : b, "pull_request", "d-" + pr, body).statusCode() == 202) {
            accepted.incrementAndGet();
          }
          return null;
        });
      }
      senders.shutdown();
      assertThat(senders.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
      assertThat(accepted.get()).isEqualTo(JOBS);
      Servers.waitUntil(() -> Servers.count(a, "SELECT COUNT(*) FROM jobs WHERE state = 'done'") == JOBS, Duration.ofSeconds(90));
      Thread.sleep(500); // a job run twice would show up now

      assertThat(runs).hasSize(JOBS);
      assertThat(runs.values()).allMatch(n -> n.get() == 1);
      assertThat(byA.get() + byB.get()).isEqualTo(JOBS);
      assertThat(byA.get()).as("replica A ran some").isPositive();
      assertThat(byB.get()).as("replica B ran some").isPositive();
      assertThat(Servers.count(a, "SELECT COUNT(*) FROM jobs WHERE attempts = 1")).isEqualTo(JOBS);
    }
  }

  private static JobHandler counting(Map<Long, AtomicInteger> runs, AtomicInteger mine) {
    return job -> {
      runs.computeIfAbsent(job.request().number(), k -> new AtomicInteger()).incrementAndGet();
      mine.incrementAndGet();
      Thread.sleep(2); // long enough for the two replicas' workers to interleave
      return new JobOutcome.Finished("counted");
    };
  }
}
