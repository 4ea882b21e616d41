package dev.tollgate.report;

import dev.tollgate.model.Estimate;
import dev.tollgate.model.Hint;
import dev.tollgate.model.Verdict;
import java.util.List;
import java.util.Objects;

/**
 * What a comment or report shows: the estimate, the verdict on it and the hints for it.
 *
 * @param configSource the configuration the verdict came from; empty when there was none
 * @param skipped projects that could not be estimated, with the error (their costs are in no total)
 * @param notes what the reader should know about the run itself (which branch's budgets applied)
 */
public record Review(Estimate estimate, Verdict verdict, List<Hint> hints, String configSource,
    List<Skipped> skipped, List<String> notes) {

  /** A project left out of the estimate because it could not be read or evaluated. */
  public record Skipped(String project, String error) {
    public Skipped {
      Objects.requireNonNull(project, "project");
      Objects.requireNonNull(error, "error");
    }
  }

  public Review {
    Objects.requireNonNull(estimate, "estimate");
    Objects.requireNonNull(verdict, "verdict");
    hints = List.copyOf(hints);
    configSource = configSource == null ? "" : configSource;
    skipped = List.copyOf(skipped);
    notes = List.copyOf(notes);
  }

  public Review(Estimate estimate, Verdict verdict, List<Hint> hints, String configSource) {
    this(estimate, verdict, hints, configSource, List.of(), List.of());
  }

  public static Review of(Estimate estimate) {
    return new Review(estimate, Verdict.PASS, List.of(), "");
  }
}
