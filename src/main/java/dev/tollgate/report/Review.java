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
 */
public record Review(Estimate estimate, Verdict verdict, List<Hint> hints, String configSource) {

  public Review {
    Objects.requireNonNull(estimate, "estimate");
    Objects.requireNonNull(verdict, "verdict");
    hints = List.copyOf(hints);
    configSource = configSource == null ? "" : configSource;
  }

  public static Review of(Estimate estimate) {
    return new Review(estimate, Verdict.PASS, List.of(), "");
  }
}
