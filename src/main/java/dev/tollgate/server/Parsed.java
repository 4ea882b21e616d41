package dev.tollgate.server;

import dev.tollgate.jobs.JobRequest;
import java.util.Optional;

/** What a delivery asks for: a job, or nothing (with the reason it is ignored, kept for the record). */
record Parsed(Optional<JobRequest> request, String ignoredReason) {

  static Parsed job(JobRequest request) {
    return new Parsed(Optional.of(request), "");
  }

  static Parsed ignored(String reason) {
    return new Parsed(Optional.empty(), reason);
  }

  /** A comment that is the command: its first non-blank line is {@code /tollgate recalculate}. */
  static boolean isRecalculate(String comment) {
    return comment.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
        .map(l -> l.equalsIgnoreCase("/tollgate recalculate")).orElse(false);
  }
}
