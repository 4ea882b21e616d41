package dev.tollgate.jobs;

import dev.tollgate.store.EstimateSummary;
import java.util.Objects;

/** How a job ended, as its handler reports it. The queue turns each into a state. */
public sealed interface JobOutcome {

  /** Estimated: the summary goes into the repo's history, and the job is done. */
  record Estimated(EstimateSummary summary) implements JobOutcome {
    public Estimated {
      Objects.requireNonNull(summary);
    }
  }

  /** Done without an estimate (closed unmerged, not permitted, nothing to do); the note is shown. */
  record Finished(String note) implements JobOutcome {
    public Finished {
      Objects.requireNonNull(note);
    }
  }

  /** A transient failure (the code host answered 5xx, a rate limit): run again later, with backoff. */
  record Retry(String reason) implements JobOutcome {
    public Retry {
      Objects.requireNonNull(reason);
    }
  }

  /** A failure that another attempt will not fix: the job is marked failed with the reason. */
  record Failed(String reason) implements JobOutcome {
    public Failed {
      Objects.requireNonNull(reason);
    }
  }
}
