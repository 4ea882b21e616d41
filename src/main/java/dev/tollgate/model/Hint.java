package dev.tollgate.model;

import java.util.List;
import java.util.Objects;

/**
 * A right-sizing suggestion for one resource the change creates or modifies, with the monthly saving
 * the price catalog gives for it. There is no hint without a priced, positive saving.
 *
 * @param rule the advice rule that made it, {@code gp2-to-gp3}
 * @param project the project the resource belongs to
 * @param address the resource's Terraform address
 * @param part the part of the resource the change applies to ({@code root_block_device}), or empty
 * @param from what it is now, {@code gp2} or {@code m5.xlarge}
 * @param to what it could be, {@code gp3} or {@code m6g.xlarge}
 * @param monthlySavings what the change saves a month; always positive
 * @param why one sentence for the reader: what the change is and why it is cheaper
 * @param caveats what to check before making the change (an architecture change, lower throughput)
 * @param estimate true when the saving rests on an assumption the catalog cannot price (a typical
 *     spot discount) rather than on two catalog prices; every report labels such a figure
 */
public record Hint(
    String rule,
    String project,
    String address,
    String part,
    String from,
    String to,
    Money monthlySavings,
    String why,
    List<String> caveats,
    boolean estimate) {

  /** A hint whose saving is the difference of two catalog prices. */
  public Hint(String rule, String project, String address, String part, String from, String to, Money monthlySavings,
      String why, List<String> caveats) {
    this(rule, project, address, part, from, to, monthlySavings, why, caveats, false);
  }

  public Hint {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(address, "address");
    part = part == null ? "" : part;
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(monthlySavings, "monthlySavings");
    Objects.requireNonNull(why, "why");
    caveats = List.copyOf(caveats);
    if (monthlySavings.signum() <= 0) {
      throw new IllegalArgumentException("a hint needs a positive saving: " + rule + " on " + address);
    }
  }

  /** {@code aws_instance.web} or {@code aws_instance.web root_block_device}. */
  public String target() {
    return part.isEmpty() ? address : address + " " + part;
  }
}
