package dev.tollgate.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the repository's budgets and rules make of a change: pass, warn or fail, and every reason,
 * each tied to the whole change, a project or a resource.
 *
 * @param level the outcome: the worst reason's level, except that an exemption label turns a fail
 *     into a warn
 * @param reasons every budget or rule the change broke, worst first
 * @param exemptedBy the pull request label that turned a fail into a warn, when one did
 */
public record Verdict(Level level, List<Reason> reasons, Optional<String> exemptedBy) {

  /** How bad: in the order a reader escalates. */
  public enum Level {
    PASS("pass"),
    WARN("warn"),
    FAIL("fail");

    private final String label;

    Level(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public Level worse(Level other) {
      return compareTo(other) >= 0 ? this : other;
    }
  }

  /**
   * One broken budget or rule.
   *
   * @param level how bad this one is by itself (before any exemption)
   * @param rule the configuration key that was broken, {@code budgets.overall.monthly_increase}
   * @param project the project it is about; empty for the whole change
   * @param resource the resource address it is about; empty for a project or the whole change
   * @param message one sentence for the reader, with the figures
   */
  public record Reason(Level level, String rule, String project, String resource, String message) {
    public Reason {
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(rule, "rule");
      project = project == null ? "" : project;
      resource = resource == null ? "" : resource;
      Objects.requireNonNull(message, "message");
      if (level == Level.PASS) {
        throw new IllegalArgumentException("a reason is a warning or a failure: " + rule);
      }
    }
  }

  public static final Verdict PASS = new Verdict(Level.PASS, List.of(), Optional.empty());

  public Verdict {
    Objects.requireNonNull(level, "level");
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(exemptedBy, "exemptedBy");
  }

  public boolean fails() {
    return level == Level.FAIL;
  }
}
