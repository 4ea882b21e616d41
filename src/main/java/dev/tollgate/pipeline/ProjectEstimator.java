package dev.tollgate.pipeline;

import dev.tollgate.engine.EstimateEngine;
import dev.tollgate.model.ChangeSet;
import dev.tollgate.model.Diffs;
import dev.tollgate.model.InputException;
import dev.tollgate.model.Problem;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.pricing.PricerRegistry;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.UsageFile;
import dev.tollgate.terraform.PlanReader;
import dev.tollgate.terraform.hcl.HclLoader;
import dev.tollgate.terraform.hcl.LoaderOptions;
import dev.tollgate.terraform.hcl.SourceLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Estimates one project at the head of a pull request against the same project at its base: each
 * side is read from its own tree (a Terraform folder evaluated inside that tree only, or a plan JSON
 * file), priced by the same engine, and the head is diffed against the base. A project missing on
 * one side is all added or all removed. Any error, on either side, skips the project with the error
 * (paths shown relative to the repository), never the run.
 */
final class ProjectEstimator {

  private final PipelineSettings settings;
  private final PricerRegistry registry = new PricerRegistry();

  ProjectEstimator(PipelineSettings settings) {
    this.settings = settings;
  }

  /** One side's resources, and where the head's blocks are written. */
  private record Side(ChangeSet changes, boolean present, Function<String, Optional<SourceLine>> sources) {}

  ProjectResult estimate(ProjectSpec spec, PullRequestInput in) {
    String side = "head";
    try {
      UsageFile usage = usage(spec, in.head());
      Side head = read(spec, in.head(), true);
      side = "base";
      Side base = read(spec, in.base(), false);
      if (!head.present() && !base.present()) {
        return new ProjectResult.Errored(spec, spec.path() + ": error: not found at the base or the head of this pull request");
      }
      EstimateEngine engine = new EstimateEngine(registry, new Prices(settings.prices()), usage);
      ProjectEstimate now = engine.estimate(spec.name(), head.changes());
      ProjectEstimate before = engine.estimate(spec.name(), base.changes());
      return new ProjectResult.Estimated(spec, Diffs.against(now, before.current()), usage, head.changes().references(),
          head.sources());
    } catch (InputException e) {
      List<String> lines = new ArrayList<>();
      for (Problem p : e.problems()) {
        lines.add(p.render());
      }
      String where = side.equals("base") ? "at the base of this pull request: " : "";
      return new ProjectResult.Errored(spec, where + relative(String.join("\n", lines), in));
    } catch (RuntimeException | StackOverflowError e) {
      return new ProjectResult.Errored(spec, spec.path() + ": error: Tollgate failed on this project (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + relative(e.getMessage(), in)) + "); please report it");
    }
  }

  private Side read(ProjectSpec spec, Path root, boolean isHead) throws InputException {
    Path p = TreePaths.inside(root, spec.path()).orElseThrow(() -> new InputException("project.outside",
        "is outside the repository; project paths are relative to the repository root", spec.path()));
    if (!Files.exists(p)) {
      return new Side(new ChangeSet(spec.path(), "terraform_dir", List.of(), List.of()), false, a -> Optional.empty());
    }
    if (!Files.isDirectory(p)) {
      ChangeSet plan = new PlanReader().read(p);
      return new Side(new ChangeSet(spec.path(), plan.type(), plan.changes(), plan.notes(), plan.references()), true,
          a -> Optional.empty());
    }
    List<Path> varFiles = new ArrayList<>();
    for (String v : spec.varFiles()) {
      Optional<Path> f = TreePaths.existing(root, v);
      if (f.isPresent()) {
        varFiles.add(f.get());
      } else if (isHead) {
        throw new InputException("project.var_file", "no such variables file in the repository (paths are relative to its root)", v);
      }
    }
    LoaderOptions options = LoaderOptions.defaults().withRepoRoot(root).withEnv(settings.env()).withVarFiles(varFiles);
    HclLoader.Loaded loaded = new HclLoader(options).loadWithSources(p);
    String prefix = root.toAbsolutePath().normalize() + "/";
    List<String> notes = loaded.changes().notes().stream().map(n -> n.replace(prefix, "")).toList();
    Function<String, Optional<SourceLine>> sources = address -> loaded.sourceOf(address)
        .filter(s -> s.file().startsWith(prefix)).map(s -> new SourceLine(s.file().substring(prefix.length()), s.line()));
    return new Side(new ChangeSet(spec.path(), "terraform_dir", loaded.changes().changes(), notes, loaded.changes().references()),
        true, sources);
  }

  private UsageFile usage(ProjectSpec spec, Path head) throws InputException {
    Optional<String> file = spec.usageFile().or(settings::usageFile);
    if (file.isEmpty()) {
      return UsageFile.NONE;
    }
    Path p = TreePaths.existing(head, file.get()).orElseThrow(() -> new InputException("project.usage_file",
        "no such usage file in the repository (paths are relative to its root)", file.get()));
    return UsageFile.read(p);
  }

  /** Messages name files by the temporary trees' absolute paths; the reader knows them by repository path. */
  private static String relative(String message, PullRequestInput in) {
    String out = message;
    for (Path root : List.of(in.head(), in.base())) {
      Path abs = root.toAbsolutePath().normalize();
      out = out.replace(abs + "/", "");
      try {
        out = out.replace(abs.toRealPath() + "/", "");
      } catch (java.io.IOException e) {
        // the tree is gone; nothing more to replace
      }
    }
    return out;
  }
}
