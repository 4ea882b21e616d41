package dev.tollgate.pipeline;

import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.References;
import dev.tollgate.pricing.UsageFile;
import dev.tollgate.terraform.hcl.SourceLine;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** One project of a pull request: estimated on both sides, or skipped with the error. */
sealed interface ProjectResult {

  ProjectSpec spec();

  /**
   * @param references which head resources refer to which (the advice re-prices with them, as the
   *     estimate did)
   * @param sources where each head resource's block is written (repository-relative file and line),
   *     when the project is a Terraform folder
   */
  record Estimated(ProjectSpec spec, ProjectEstimate estimate, UsageFile usage, References references,
      Function<String, Optional<SourceLine>> sources) implements ProjectResult {
    public Estimated {
      Objects.requireNonNull(estimate, "estimate");
      Objects.requireNonNull(usage, "usage");
      Objects.requireNonNull(references, "references");
      Objects.requireNonNull(sources, "sources");
    }
  }

  /** @param error one or more {@code file:line:col: error: ...} lines, paths relative to the repository */
  record Errored(ProjectSpec spec, String error) implements ProjectResult {
    public Errored {
      Objects.requireNonNull(error, "error");
    }
  }
}
