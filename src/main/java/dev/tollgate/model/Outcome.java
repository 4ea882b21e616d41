package dev.tollgate.model;

import java.util.List;
import java.util.Objects;

/** What pricing made of one resource: priced, free, or not supported (with the reason). */
public sealed interface Outcome permits Outcome.Priced, Outcome.Free, Outcome.Unsupported {

  /**
   * Priced, possibly only in part: a component whose price is missing says so.
   *
   * @param assumptions what the pricer assumed where the input was silent, for the report to show
   */
  record Priced(List<CostComponent> components, List<SubResource> subresources, List<String> assumptions)
      implements Outcome {
    public Priced {
      components = List.copyOf(components);
      subresources = List.copyOf(subresources);
      assumptions = List.copyOf(assumptions);
    }

    public CostTotals totals() {
      return CostTotals.of(components, subresources);
    }
  }

  /** Costs nothing by itself (an IAM role, a security group). */
  record Free(String reason) implements Outcome {
    public Free {
      Objects.requireNonNull(reason);
    }
  }

  /** Tollgate cannot price it; the reason says why. */
  record Unsupported(String reason) implements Outcome {
    public Unsupported {
      Objects.requireNonNull(reason);
    }
  }

  default CostTotals totals() {
    return CostTotals.ZERO;
  }
}
