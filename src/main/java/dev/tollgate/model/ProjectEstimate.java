package dev.tollgate.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One project's estimate: the cost before the change (past), after it, and the resources between.
 *
 * @param name the project's name, usually its path
 * @param path the input it came from (a plan file, a folder)
 * @param type {@code terraform_plan_json}, {@code terraform_dir}, or {@code infracost_json}
 * @param notes what the reader should know about the input (targeted plan, assumed regions)
 */
public record ProjectEstimate(
    String name,
    String path,
    String type,
    Breakdown past,
    Breakdown current,
    List<ResourceDiff> diffs,
    List<String> notes) {

  public ProjectEstimate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(past, "past");
    Objects.requireNonNull(current, "current");
    diffs = List.copyOf(diffs);
    notes = List.copyOf(notes);
  }

  public BigDecimal pastMonthly() {
    return past.monthlyCost();
  }

  public BigDecimal currentMonthly() {
    return current.monthlyCost();
  }

  public BigDecimal diffMonthly() {
    return currentMonthly().subtract(pastMonthly());
  }

  public ProjectEstimate withPast(Breakdown newPast, List<ResourceDiff> newDiffs) {
    return new ProjectEstimate(name, path, type, newPast, current, newDiffs, notes);
  }
}
