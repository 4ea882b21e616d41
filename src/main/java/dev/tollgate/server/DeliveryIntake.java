package dev.tollgate.server;

import dev.tollgate.jobs.Delivery;
import dev.tollgate.jobs.Intake;
import dev.tollgate.jobs.JobQueue;
import io.javalin.http.Context;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last step of both webhook handlers: store the delivery (and its job) before answering, wake a
 * worker, count the result, and answer: 202 queued or ignored, 200 for a delivery already stored.
 */
final class DeliveryIntake {

  private static final Logger log = LoggerFactory.getLogger(DeliveryIntake.class);

  private final JobQueue queue;
  private final Runnable wake;
  private final Metrics metrics;

  DeliveryIntake(JobQueue queue, Runnable wake, Metrics metrics) {
    this.queue = queue;
    this.wake = wake;
    this.metrics = metrics;
  }

  void accept(Context ctx, Delivery delivery, Parsed parsed) {
    Intake intake;
    try {
      intake = queue.accept(delivery, parsed.request(), parsed.ignoredReason());
    } catch (SQLException e) {
      log.error("could not store {} delivery {}: {}", delivery.host().id(), delivery.id(), e.getMessage());
      throw new Rejected.Unavailable();
    }
    String host = delivery.host().id();
    switch (intake.result()) {
      case QUEUED:
        wake.run();
        metrics.delivery(host, "queued");
        ctx.status(202).json(java.util.Map.of("delivery", delivery.id(), "job", intake.jobId().getAsLong()));
        break;
      case DUPLICATE:
        metrics.delivery(host, "duplicate");
        ctx.status(200).json(java.util.Map.of("delivery", delivery.id(), "duplicate", true));
        break;
      default:
        metrics.delivery(host, "ignored");
        ctx.status(202).json(java.util.Map.of("delivery", delivery.id(), "ignored", parsed.ignoredReason()));
    }
  }
}
