package dev.tollgate.server;

import dev.tollgate.jobs.Job;
import dev.tollgate.jobs.JobOutcome;
import dev.tollgate.jobs.JobQueue;
import dev.tollgate.jobs.WorkerPool;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;

/**
 * The server's Prometheus metrics, served at {@code GET /metrics}: deliveries by host and result,
 * job latency (delivery received to outcome recorded) and run time as histograms, the queue depth,
 * and the unpriced resources the estimates reported; plus JVM memory, threads and uptime.
 */
final class Metrics implements WorkerPool.Listener {

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Clock clock;
  private final Counter unpriced;

  Metrics(JobQueue queue, Clock clock) {
    this.clock = clock;
    this.unpriced = Counter.builder("tollgate.estimate.unpriced.resources")
        .description("Resources the estimates could not price (left out of their totals)").register(registry);
    Gauge.builder("tollgate.job.queue.depth", queue, Metrics::depth)
        .description("Jobs queued and not yet run").register(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  private static double depth(JobQueue queue) {
    try {
      return queue.depth();
    } catch (Exception e) {
      return Double.NaN;
    }
  }

  void delivery(String host, String result) {
    Counter.builder("tollgate.webhook.deliveries").description("Webhook deliveries by host and result")
        .tag("host", host == null ? "unknown" : host).tag("result", result).register(registry).increment();
  }

  @Override
  public void finished(Job job, JobOutcome outcome, Duration runTime, boolean recorded) {
    String name = outcome.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    Timer.builder("tollgate.job.latency").description("From the delivery's arrival to the job's outcome")
        .tag("outcome", name).publishPercentileHistogram().register(registry)
        .record(Duration.between(job.receivedAt(), clock.instant()));
    Timer.builder("tollgate.job.run").description("Time the job handler ran")
        .tag("outcome", name).publishPercentileHistogram().register(registry).record(runTime);
    if (outcome instanceof JobOutcome.Estimated && recorded) {
      unpriced.increment(((JobOutcome.Estimated) outcome).summary().unpriced());
    }
  }

  void handle(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
  }
}
