package dev.tollgate.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.jobs.JobOutcome;
import dev.tollgate.jobs.NoPipeline;
import dev.tollgate.store.EstimateSummary;
import dev.tollgate.store.ProjectTotal;
import dev.tollgate.store.Verdict;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Health, readiness, the metrics a job leaves behind, and what the dashboard says about a job. */
class HealthMetricsTest {

  @TempDir Path dir;

  private static byte[] opened(int pr) {
    return ("{\"action\":\"opened\",\"repository\":{\"full_name\":\"acme/infra\",\"id\":3},"
        + "\"pull_request\":{\"number\":" + pr + ",\"head\":{\"sha\":\"abcdef1234567\"}}}").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void health_and_readiness_answer_and_a_job_shows_in_the_metrics() throws Exception {
    EstimateSummary summary = new EstimateSummary("abcdef1234567", "USD",
        List.of(new ProjectTotal("infra", BigDecimal.ZERO, new BigDecimal("73.00"))), Verdict.PASS, 3);
    try (TollgateServer s = Servers.start(Servers.config(dir, Optional.empty(), 1 << 20), job -> new JobOutcome.Estimated(summary))) {
      assertThat(Servers.get(s, "/healthz").body()).isEqualTo("ok");
      assertThat(Servers.get(s, "/readyz").statusCode()).isEqualTo(200);
      assertThat(Servers.github(s, "pull_request", "d-1", opened(1)).statusCode()).isEqualTo(202);
      Servers.waitUntil(() -> Servers.count(s, "SELECT COUNT(*) FROM estimates") == 1, Duration.ofSeconds(20));
      // The worker records its metrics just after it stores the estimate: wait for them too.
      Servers.waitUntil(() -> Servers.get(s, "/metrics").body()
          .contains("tollgate_job_latency_seconds_count{outcome=\"estimated\"} 1"), Duration.ofSeconds(20));
      String metrics = Servers.get(s, "/metrics").body();
      assertThat(metrics).contains("tollgate_webhook_deliveries_total{host=\"github\",result=\"queued\"} 1.0",
          "tollgate_job_queue_depth 0.0", "tollgate_estimate_unpriced_resources_total 3.0",
          "tollgate_job_latency_seconds_count{outcome=\"estimated\"} 1", "tollgate_job_run_seconds_bucket{outcome=\"estimated\",le=");
      assertThat(Servers.get(s, "/").body()).contains("$73.00");
      s.database().close();
      assertThat(Servers.get(s, "/readyz").statusCode()).isEqualTo(503);
      assertThat(Servers.get(s, "/healthz").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void without_a_pipeline_every_job_is_marked_so_on_the_dashboard() throws Exception {
    try (TollgateServer s = Servers.start(Servers.config(dir, Optional.empty(), 1 << 20), new NoPipeline())) {
      Servers.github(s, "pull_request", "d-1", opened(4));
      Servers.waitUntil(() -> Servers.count(s, "SELECT COUNT(*) FROM jobs WHERE state = 'done'") == 1, Duration.ofSeconds(20));
      assertThat(Servers.string(s, "SELECT note FROM jobs")).isEqualTo(NoPipeline.NOTE);
      assertThat(Servers.count(s, "SELECT COUNT(*) FROM estimates")).isZero();
      String page = Servers.get(s, "/").body();
      assertThat(page).contains("github:acme/infra #4", "no pipeline configured: delivery recorded, nothing estimated",
          "No estimates yet.");
    }
  }
}
