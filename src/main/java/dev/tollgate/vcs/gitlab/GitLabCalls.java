package dev.tollgate.vcs.gitlab;

import dev.tollgate.vcs.Operation;
import dev.tollgate.vcs.VcsException;
import dev.tollgate.vcs.Waits;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Duration;
import java.util.Optional;
import org.gitlab4j.api.GitLabApiException;

/**
 * Runs gitlab4j calls, waiting out 429s ({@code Retry-After}, else {@code RateLimit-Reset}) and
 * retrying 5xx on calls that are safe to repeat, within {@link Waits}. gitlab4j has no retry hook
 * (its Jersey filters cannot resend), so this is the one place calls pass through.
 */
final class GitLabCalls {

  @FunctionalInterface
  interface GlCall<T> {
    T run() throws GitLabApiException;
  }

  private final Waits waits;
  private final GitLabAuth auth;

  GitLabCalls(Waits waits, GitLabAuth auth) {
    this.waits = waits;
    this.auth = auth;
  }

  <T> T call(String project, Operation op, boolean repeatable, GlCall<T> body) throws VcsException {
    for (int attempt = 1; ; attempt++) {
      GitLabApiException failure;
      try {
        return body.run();
      } catch (GitLabApiException e) {
        failure = e;
      } catch (RuntimeException e) {
        // gitlab4j's pager wraps failures of later pages; Jersey throws ProcessingException for I/O.
        if (e.getCause() instanceof GitLabApiException g) {
          failure = g;
        } else {
          throw GitLabErrors.translate(e, project, op, auth);
        }
      }
      Optional<Duration> wait = waitFor(failure, attempt, repeatable);
      if (wait.isEmpty()) {
        throw GitLabErrors.translate(failure, project, op, auth);
      }
      try {
        waits.pause(wait.get());
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        throw GitLabErrors.translate(failure, project, op, auth);
      }
    }
  }

  private Optional<Duration> waitFor(GitLabApiException e, int attempt, boolean repeatable) {
    int status = e.getHttpStatus();
    boolean limited = status == 429;
    if (attempt >= waits.maxAttempts() || !(limited || (status >= 500 && repeatable))) {
      return Optional.empty();
    }
    String date = header(e, "Date");
    Duration wait = waits.retryAfter(header(e, "Retry-After"), date)
        .or(() -> limited ? waits.untilReset(header(e, "RateLimit-Reset"), date) : Optional.empty())
        .orElse(limited ? Duration.ofMinutes(1) : waits.backoff(attempt));
    return waits.allows(wait) ? Optional.of(wait) : Optional.empty();
  }

  private static String header(GitLabApiException e, String name) {
    MultivaluedMap<String, String> headers = e.getHeaders();
    if (headers == null) {
      return null;
    }
    for (String key : headers.keySet()) {
      if (key.equalsIgnoreCase(name)) {
        return headers.getFirst(key);
      }
    }
    return null;
  }
}
