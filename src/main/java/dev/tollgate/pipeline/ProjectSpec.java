package dev.tollgate.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One project to estimate on both sides of a pull request.
 *
 * @param path a Terraform folder or plan JSON file, relative to the repository root ({@code .} for the root)
 * @param varFiles variables files, relative to the repository root
 * @param usageFile a usage file in the head tree, relative to the repository root
 */
record ProjectSpec(String name, String path, List<String> varFiles, Optional<String> usageFile) {
  ProjectSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    varFiles = List.copyOf(varFiles);
    Objects.requireNonNull(usageFile, "usageFile");
  }

  static ProjectSpec of(String path) {
    return new ProjectSpec(path, path, List.of(), Optional.empty());
  }
}
