package dev.tollgate.policy;

import dev.tollgate.model.Verdict;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A repository's {@code .tollgate.yml} (merged over the server's defaults), as checked values. What
 * each key means is in {@code tollgate.schema.json}; {@link #DEFAULT} is the configuration of a
 * repository without one: no projects listed, no budgets, no rules, the {@code cost-approved} label,
 * comments updated in place.
 *
 * @param source the files it came from, for messages
 */
public record Config(
    List<Project> projects, Budgets budgets, Rules rules, String exemptionLabel, CommentBehavior comment, String source) {

  public static final String DEFAULT_EXEMPTION_LABEL = "cost-approved";
  public static final Config DEFAULT = new Config(List.of(), Budgets.NONE, Rules.NONE, DEFAULT_EXEMPTION_LABEL,
      CommentBehavior.UPDATE, "defaults");

  public Config {
    projects = List.copyOf(projects);
    Objects.requireNonNull(budgets, "budgets");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(exemptionLabel, "exemptionLabel");
    Objects.requireNonNull(comment, "comment");
  }

  /**
   * One project.
   *
   * @param path a plan JSON file or Terraform folder, relative to the repository root, never outside it
   * @param budget this project's own budget, over {@code budgets.per_project}
   */
  public record Project(String path, String name, List<String> varFiles, Optional<String> workspace,
      Optional<String> usageFile, Budget budget) {
    public Project {
      varFiles = List.copyOf(varFiles);
    }
  }

  /** The budget for all projects together, and the one each project is held to. */
  public record Budgets(Budget overall, Budget perProject) {
    public static final Budgets NONE = new Budgets(Budget.NONE, Budget.NONE);
  }

  /** Limits on one scope's monthly cost; an absent limit is not checked. */
  public record Budget(Optional<Thresholds> monthlyIncrease, Optional<Thresholds> monthlyIncreasePercent,
      Optional<Thresholds> monthlyTotal) {
    public static final Budget NONE = new Budget(Optional.empty(), Optional.empty(), Optional.empty());

    /** This budget with {@code over}'s limits replacing its own where {@code over} sets them. */
    public Budget under(Budget over) {
      return new Budget(over.monthlyIncrease.or(() -> monthlyIncrease),
          over.monthlyIncreasePercent.or(() -> monthlyIncreasePercent), over.monthlyTotal.or(() -> monthlyTotal));
    }
  }

  /** Above {@code warn} a change warns; above {@code fail} it fails. */
  public record Thresholds(Optional<BigDecimal> warn, Optional<BigDecimal> fail) {
    /** The level a figure reaches, PASS when it is within both. */
    public Verdict.Level levelOf(BigDecimal figure) {
      if (fail.isPresent() && figure.compareTo(fail.get()) > 0) {
        return Verdict.Level.FAIL;
      }
      if (warn.isPresent() && figure.compareTo(warn.get()) > 0) {
        return Verdict.Level.WARN;
      }
      return Verdict.Level.PASS;
    }

    public BigDecimal limitFor(Verdict.Level level) {
      return (level == Verdict.Level.FAIL ? fail : warn).orElseThrow();
    }
  }

  /** Rules for the resources a change creates or modifies. */
  public record Rules(Optional<InstanceTypes> instanceTypes, Optional<RequiredTags> requiredTags) {
    public static final Rules NONE = new Rules(Optional.empty(), Optional.empty());
  }

  public record InstanceTypes(Verdict.Level level, List<String> forbiddenFamilies, List<String> forbiddenSizes) {
    public InstanceTypes {
      forbiddenFamilies = List.copyOf(forbiddenFamilies);
      forbiddenSizes = List.copyOf(forbiddenSizes);
    }
  }

  /** @param resourceTypes the types checked; empty means every taggable resource */
  public record RequiredTags(Verdict.Level level, List<String> resourceTypes, List<Tag> tags) {
    public RequiredTags {
      resourceTypes = List.copyOf(resourceTypes);
      tags = List.copyOf(tags);
    }
  }

  /** @param allowed the values allowed; empty means any non-empty value */
  public record Tag(String key, List<String> allowed) {
    public Tag {
      allowed = List.copyOf(allowed);
    }
  }

  /** How the pull request comment is posted, as Infracost's {@code --behavior}. */
  public enum CommentBehavior {
    UPDATE("update"), NEW("new"), HIDE_AND_NEW("hide-and-new"), DELETE_AND_NEW("delete-and-new");

    private final String key;

    CommentBehavior(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }

    static CommentBehavior of(String key) {
      for (CommentBehavior b : values()) {
        if (b.key.equals(key)) {
          return b;
        }
      }
      throw new IllegalArgumentException("unknown comment behavior " + key);
    }
  }
}
