package dev.tollgate.jobs;

import java.time.Instant;
import java.util.Objects;

/**
 * A job as a worker claimed it: the request, the delivery it came from, and which attempt this is
 * (1 for the first run; a job whose worker died or asked for a retry runs again with the next number).
 */
public record Job(long id, Host host, String deliveryId, JobRequest request, int attempt, Instant receivedAt) {
  public Job {
    Objects.requireNonNull(host);
    Objects.requireNonNull(request);
    Objects.requireNonNull(receivedAt);
  }

  /** {@code github:owner/name#12}: how logs and the dashboard name the pull request. */
  public String pullRequest() {
    return host.id() + ":" + request.repo() + "#" + request.number();
  }
}
