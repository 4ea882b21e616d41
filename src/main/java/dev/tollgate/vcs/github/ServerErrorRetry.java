package dev.tollgate.vcs.github;

import dev.tollgate.vcs.Waits;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import org.kohsuke.github.connector.GitHubConnector;
import org.kohsuke.github.connector.GitHubConnectorRequest;
import org.kohsuke.github.connector.GitHubConnectorResponse;

/**
 * Retries 5xx answers at the connector, below github-api, which retries rate limits but not server
 * errors. Only requests that are safe to repeat are retried: a POST that timed out at GitHub's edge
 * may still have created its comment, and repeating it would post a second one.
 */
final class ServerErrorRetry implements GitHubConnector {

  private static final Set<String> REPEATABLE = Set.of("GET", "HEAD", "PUT", "PATCH", "DELETE", "OPTIONS");

  private final GitHubConnector delegate;
  private final Waits waits;

  ServerErrorRetry(GitHubConnector delegate, Waits waits) {
    this.delegate = delegate;
    this.waits = waits;
  }

  @Override
  public GitHubConnectorResponse send(GitHubConnectorRequest request) throws IOException {
    for (int attempt = 1; ; attempt++) {
      GitHubConnectorResponse response = delegate.send(request);
      if (response.statusCode() < 500 || attempt >= waits.maxAttempts() || !REPEATABLE.contains(request.method())) {
        return response;
      }
      Duration wait = waits.retryAfter(response.header("Retry-After"), response.header("Date"))
          .orElse(waits.backoff(attempt));
      if (!waits.allows(wait)) {
        return response;
      }
      response.close();
      RateLimitWait.pause(waits, wait);
    }
  }
}
