package dev.tollgate.vcs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * How long Tollgate waits for a code host that asks it to slow down or fails for a moment, with the
 * clock and the sleep injectable so tests check the waits without taking them. A wait longer than
 * {@code maxWait} is not taken: the call fails with the time the limit clears instead, so a CI job
 * never hangs for an hour on a used-up rate limit.
 *
 * @param maxAttempts tries per request for server errors (5xx), the first included
 */
public record Waits(Clock clock, Sleeper sleeper, Duration maxWait, int maxAttempts) {

  /** Sleeps; the real one is {@code Thread.sleep}, tests record the durations. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  public static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

  public Waits {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(sleeper, "sleeper");
    Objects.requireNonNull(maxWait, "maxWait");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  public static Waits standard() {
    return new Waits(Clock.systemUTC(), d -> Thread.sleep(d.toMillis()), Duration.ofSeconds(90), 3);
  }

  /** The pause before try {@code attempt + 1} after a server error: 1 s, 2 s, 4 s ... */
  public Duration backoff(int attempt) {
    Duration d = FIRST_BACKOFF.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 10));
    return d.compareTo(maxWait) > 0 ? maxWait : d;
  }

  public boolean allows(Duration wait) {
    return wait.compareTo(maxWait) <= 0;
  }

  public void pause(Duration wait) throws InterruptedException {
    if (!wait.isNegative() && !wait.isZero()) {
      sleeper.sleep(wait);
    }
  }

  /**
   * {@code Retry-After} as a duration: seconds or an HTTP date (measured from the host's own
   * {@code Date} header when present, so clock skew does not matter).
   */
  public Optional<Duration> retryAfter(String retryAfter, String date) {
    if (retryAfter == null || retryAfter.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.trim()))));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(retryAfter.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return Optional.of(nonNegative(Duration.between(hostNow(date), at)));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
  }

  /** Until an epoch-second reset time ({@code X-RateLimit-Reset}, {@code RateLimit-Reset}). */
  public Optional<Duration> untilReset(String epochSeconds, String date) {
    if (epochSeconds == null || epochSeconds.isBlank()) {
      return Optional.empty();
    }
    try {
      Instant reset = Instant.ofEpochSecond(Long.parseLong(epochSeconds.trim()));
      return Optional.of(nonNegative(Duration.between(hostNow(date), reset)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private Instant hostNow(String date) {
    if (date != null && !date.isBlank()) {
      try {
        return ZonedDateTime.parse(date.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      } catch (DateTimeParseException e) {
        // fall through to our own clock
      }
    }
    return clock.instant();
  }

  private static Duration nonNegative(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }
}
