package dev.tollgate.jobs;

import java.time.Duration;

/**
 * How long a claim lasts without a heartbeat, how many attempts a job gets, and the backoff between
 * them. A worker renews its lease every third of {@code lease}; a job whose lease ran out belongs to
 * a worker that died and is claimed again.
 */
public record QueueSettings(Duration lease, int maxAttempts, Backoff backoff) {
  public static final QueueSettings DEFAULT = new QueueSettings(Duration.ofSeconds(30), 5, Backoff.DEFAULT);

  public QueueSettings {
    if (lease.toMillis() < 300) {
      throw new IllegalArgumentException("a lease shorter than 300 ms cannot be renewed in time");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("a job needs at least one attempt");
    }
  }
}
