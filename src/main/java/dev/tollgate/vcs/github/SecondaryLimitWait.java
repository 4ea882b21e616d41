package dev.tollgate.vcs.github;

import dev.tollgate.vcs.Waits;
import java.io.IOException;
import java.time.Duration;
import org.kohsuke.github.GitHubAbuseLimitHandler;
import org.kohsuke.github.connector.GitHubConnectorResponse;

/**
 * GitHub's secondary limits ({@code 429}, or {@code 403} with {@code Retry-After} or
 * {@code gh-limited-by}), waited out as GitHub documents: {@code Retry-After} when sent, else the reset
 * time when {@code X-RateLimit-Remaining} is 0, else one minute.
 */
final class SecondaryLimitWait extends GitHubAbuseLimitHandler {

  static final Duration DEFAULT_WAIT = Duration.ofMinutes(1);

  private final Waits waits;

  SecondaryLimitWait(Waits waits) {
    this.waits = waits;
  }

  @Override
  public void onError(GitHubConnectorResponse response) throws IOException {
    String date = response.header("Date");
    Duration wait = waits.retryAfter(response.header("Retry-After"), date)
        .or(() -> "0".equals(response.header("X-RateLimit-Remaining"))
            ? waits.untilReset(response.header("X-RateLimit-Reset"), date)
            : java.util.Optional.empty())
        .orElse(DEFAULT_WAIT);
    if (!waits.allows(wait)) {
      throw new LimitNotWaited("GitHub's secondary rate limit asks for a " + wait.toSeconds()
          + " s pause; Tollgate waits at most " + waits.maxWait().toSeconds() + " s", response.statusCode());
    }
    RateLimitWait.pause(waits, wait);
  }
}
