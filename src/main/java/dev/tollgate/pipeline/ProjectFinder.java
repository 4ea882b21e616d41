package dev.tollgate.pipeline;

import dev.tollgate.policy.Config;
import dev.tollgate.vcs.ChangedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which projects a pull request is estimated as. First that applies: the paths the runner gave
 * ({@code tollgate ci --path}); the projects the base branch's configuration lists; otherwise the
 * projects the changed files affect: every folder of a changed {@code .tf}, {@code .tf.json} or
 * {@code .tfvars} file that is a root module, and every root module that calls a changed folder
 * as a local module (through any chain of modules), at the base or at the head.
 */
final class ProjectFinder {

  private ProjectFinder() {}

  static List<ProjectSpec> find(PullRequestInput in, Config config, PipelineSettings settings) {
    List<ProjectSpec> out = new ArrayList<>();
    if (!settings.paths().isEmpty()) {
      for (String p : settings.paths()) {
        String path = normalise(p);
        Optional<Config.Project> listed = config.projects().stream().filter(c -> normalise(c.path()).equals(path)).findFirst();
        out.add(listed.map(ProjectFinder::spec).orElse(ProjectSpec.of(path)));
      }
      return out;
    }
    if (!config.projects().isEmpty()) {
      config.projects().forEach(c -> out.add(spec(c)));
      return out;
    }
    changedRoots(in).forEach(p -> out.add(ProjectSpec.of(p)));
    return out;
  }

  private static ProjectSpec spec(Config.Project c) {
    return new ProjectSpec(c.name(), normalise(c.path()), c.varFiles(), c.usageFile());
  }

  /** The root modules the changed files reach, in path order. */
  static Set<String> changedRoots(PullRequestInput in) {
    Set<String> folders = new TreeSet<>();
    for (ChangedFile f : in.changed()) {
      addFolder(f.path(), folders);
      f.previousPath().ifPresent(p -> addFolder(p, folders));
    }
    Set<String> roots = new TreeSet<>();
    if (folders.isEmpty()) {
      return roots;
    }
    for (Path side : List.of(in.head(), in.base())) {
      if (!Files.isDirectory(side)) {
        continue;
      }
      ModuleGraph graph;
      try {
        graph = ModuleGraph.of(side);
      } catch (IOException e) {
        throw new UncheckedIOException("could not list the Terraform folders of " + side, e);
      }
      folders.forEach(f -> roots.addAll(graph.rootsReaching(f)));
    }
    return roots;
  }

  private static void addFolder(String file, Set<String> out) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    if (ModuleGraph.isConfiguration(name) || name.endsWith(".tfvars") || name.endsWith(".tfvars.json")) {
      int slash = file.lastIndexOf('/');
      out.add(slash < 0 ? "." : normalise(file.substring(0, slash)));
    }
  }

  /** {@code ./infra/prod/} as {@code infra/prod}; the root as {@code .}. */
  static String normalise(String path) {
    String p = path.strip().replace('\\', '/');
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    while (p.endsWith("/") && p.length() > 1) {
      p = p.substring(0, p.length() - 1);
    }
    return p.isEmpty() ? "." : p;
  }
}
