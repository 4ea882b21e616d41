package dev.tollgate.jobs;

/** Where a job is. QUEUED and RUNNING move on; the others are final. */
public enum JobState {
  QUEUED, RUNNING, DONE, FAILED,
  /** A newer delivery for the same pull request arrived first: this one is skipped, never run. */
  SUPERSEDED;

  String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  static JobState of(String id) {
    return valueOf(id.toUpperCase(java.util.Locale.ROOT));
  }
}
