package dev.tollgate.vcs.github;

import dev.tollgate.vcs.Waits;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import org.kohsuke.github.GitHubRateLimitHandler;
import org.kohsuke.github.connector.GitHubConnectorResponse;

/**
 * The primary rate limit ({@code 403} with {@code X-RateLimit-Remaining: 0}): waits until
 * {@code X-RateLimit-Reset} (or {@code Retry-After} when sent), then github-api retries the request.
 * A reset further away than {@link Waits#maxWait()} fails instead, naming the time it clears.
 */
final class RateLimitWait extends GitHubRateLimitHandler {

  private final Waits waits;

  RateLimitWait(Waits waits) {
    this.waits = waits;
  }

  @Override
  public void onError(GitHubConnectorResponse response) throws IOException {
    String date = response.header("Date");
    Duration wait = waits.retryAfter(response.header("Retry-After"), date)
        .or(() -> waits.untilReset(response.header("X-RateLimit-Reset"), date))
        .orElse(Duration.ofMinutes(1));
    if (!waits.allows(wait)) {
      throw new LimitNotWaited("the token's rate limit is used up until "
          + Instant.now(waits.clock()).plus(wait).truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " (" + wait.toSeconds()
          + " s from now; Tollgate waits at most " + waits.maxWait().toSeconds() + " s)", response.statusCode());
    }
    pause(waits, wait);
  }

  static void pause(Waits waits, Duration wait) throws InterruptedIOException {
    try {
      waits.pause(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for a GitHub rate limit");
    }
  }
}
