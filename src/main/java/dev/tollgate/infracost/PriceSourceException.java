package dev.tollgate.infracost;

import dev.tollgate.model.InputException;
import dev.tollgate.model.Problem;

/**
 * A price source that cannot answer at all (a rejected key, no network, a rate limit that did not
 * lift). It stops the run: every price would be missing, and a run that prints totals without them
 * would mislead. A price the source simply does not have is a {@code NotFound}, never this.
 */
public final class PriceSourceException extends RuntimeException {

  private final Problem problem;

  public PriceSourceException(String code, String message, String location) {
    super(location + ": " + message);
    this.problem = new Problem(code, message, location);
  }

  public Problem problem() {
    return problem;
  }

  /** The same problem as the checked exception the command line reports (exit code 2). */
  public InputException asInput() {
    return new InputException(problem);
  }
}
