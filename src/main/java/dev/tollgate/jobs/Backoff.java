package dev.tollgate.jobs;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** Exponential backoff between attempts, capped, with up to a quarter of jitter so retries spread out. */
public record Backoff(Duration base, Duration cap) {

  public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(10));

  /** The wait after the given (1-based) failed attempt. */
  public Duration after(int attempt, RandomGenerator random) {
    long factor = 1L << Math.min(Math.max(attempt - 1, 0), 20);
    long millis = Math.min(cap.toMillis(), base.toMillis() * factor);
    return Duration.ofMillis(millis + (long) (random.nextDouble() * millis / 4));
  }
}
