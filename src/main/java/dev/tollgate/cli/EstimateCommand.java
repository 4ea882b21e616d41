package dev.tollgate.cli;

import dev.tollgate.advice.Advisor;
import dev.tollgate.infracost.InfracostJsonReader;
import dev.tollgate.model.Diffs;
import dev.tollgate.model.Estimate;
import dev.tollgate.model.Hint;
import dev.tollgate.model.InputException;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.Verdict;
import dev.tollgate.policy.Config;
import dev.tollgate.policy.Policy;
import dev.tollgate.pricing.PricerRegistry;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.UsageFile;
import dev.tollgate.report.Review;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code tollgate estimate}: plan JSON files in; a table, Infracost JSON, markdown, a pull request
 * comment or an HTML report out, with the verdict of the repository's budgets and the savings hints.
 * Exits 1 when the verdict is fail.
 */
@Command(
    name = "estimate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Estimate the monthly cost of Terraform plans or folders and what changes.",
      "Each --path is one project; without --path, the projects listed in .tollgate.yml."
    })
final class EstimateCommand implements Callable<Integer> {

  @Mixin InputOptions input = new InputOptions();
  @Mixin PriceOptions prices = new PriceOptions();
  @Mixin PolicyOptions policy = new PolicyOptions();
  @Mixin OutputOptions output = new OutputOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand Main main;

  @Override
  public Integer call() throws Exception {
    input.env = main == null ? Map.of() : main.env();
    Config config = policy.load();
    List<Target> targets = targets(config);
    PriceOptions.Priced priced = prices.estimate(targets, input);
    List<ProjectEstimate> compared = priced.projects();
    Optional<Path> baseFolder = input.compareFolder();
    if (baseFolder.isPresent()) {
      // The base version of the same folder: its estimate now is the past of each project.
      Target base = new Target(baseFolder.get(), baseFolder.get().toString(), targets.get(0).usage(), targets.get(0).usageFile());
      ProjectEstimate before = prices.estimate(List.of(base), input).projects().get(0);
      compared = compared.stream().map(p -> Diffs.against(p, before.current())).toList();
    } else if (input.compareTo != null) {
      InfracostJsonReader.Read earlier = new InfracostJsonReader().readWithCurrency(input.compareTo);
      if (!earlier.currency().equals(priced.currency())) {
        throw new InputException("compare.currency", "is in " + earlier.currency() + " and this estimate is priced in " + priced.currency()
            + "; compare with an estimate written without --currency (Tollgate converts at the end, once)", input.compareTo.toString());
      }
      compared = compare(compared, earlier.projects());
    }
    List<ProjectEstimate> projects = compared;
    Estimate asPriced = new Estimate(projects, priced.currency(), Instant.now());
    // Budgets are written in US dollars: judge the estimate before any --currency conversion.
    Verdict verdict = new Policy(config).evaluate(asPriced, policy.labels);
    Estimate estimate = prices.convert(asPriced);
    List<Hint> hints = new ArrayList<>();
    if (output.showsHints()) {
      PricerRegistry registry = new PricerRegistry();
      prices.prefetch(recorder -> {
        Advisor dry = new Advisor(registry, recorder);
        for (int i = 0; i < projects.size(); i++) {
          dry.advise(projects.get(i), targets.get(i).usage(), priced.currency(), priced.referencesOf(i));
        }
      });
      // Hints re-price resources, so they work on the converted estimate with converted prices.
      Advisor advisor = new Advisor(registry, new Prices(prices.hintPrices(estimate.currency())));
      for (int i = 0; i < estimate.projects().size(); i++) {
        hints.addAll(advisor.advise(estimate.projects().get(i), targets.get(i).usage(), estimate.currency(),
            priced.referencesOf(i)));
      }
    }
    String source = policy.file().map(Path::toString).orElse(policy.defaults == null ? "" : policy.defaults.toString());
    output.write(new Review(estimate, verdict, hints, source), input.compareTo == null ? "breakdown" : "diff",
        spec.commandLine().getOut());
    return verdict.fails() ? Main.POLICY_BROKEN : Main.OK;
  }

  /**
   * The --path inputs (named and given usage by a matching project in the configuration), or else the
   * configuration's projects, whose paths are relative to the configuration's folder.
   */
  private List<Target> targets(Config config) throws InputException {
    Path root = policy.root();
    UsageFile flagUsage = input.usage();
    List<Target> out = new ArrayList<>();
    if (input.paths != null && !input.paths.isEmpty()) {
      for (Path p : input.paths) {
        Path abs = p.toAbsolutePath().normalize();
        Optional<Config.Project> match = config.projects().stream()
            .filter(c -> root.resolve(c.path()).normalize().equals(abs)).findFirst();
        out.add(target(p, match.map(Config.Project::name).orElse(p.toString()), flagUsage, match, root));
      }
      return out;
    }
    if (config.projects().isEmpty()) {
      throw new InputException("input.none", "nothing to estimate: give --path PLAN, or list projects in "
          + PolicyOptions.DEFAULT_FILE, "");
    }
    for (Config.Project c : config.projects()) {
      out.add(target(root.resolve(c.path()).normalize(), c.name(), flagUsage, Optional.of(c), root));
    }
    return out;
  }

  /** --usage-file wins; otherwise the project's own usage_file. */
  private Target target(Path path, String name, UsageFile flag, Optional<Config.Project> project, Path root)
      throws InputException {
    if (input.usageFile != null || project.isEmpty() || project.get().usageFile().isEmpty()) {
      return new Target(path, name, flag, input.usageFile);
    }
    Path file = root.resolve(project.get().usageFile().get()).normalize();
    return new Target(path, name, UsageFile.read(file), file);
  }

  /** Each project is diffed against the earlier project of the same name, or the one in the same place. */
  private List<ProjectEstimate> compare(List<ProjectEstimate> now, List<ProjectEstimate> earlier) throws InputException {
    List<ProjectEstimate> out = new ArrayList<>();
    for (int i = 0; i < now.size(); i++) {
      ProjectEstimate p = now.get(i);
      Optional<ProjectEstimate> match = earlier.stream().filter(e -> e.name().equals(p.name())).findFirst();
      if (match.isEmpty() && earlier.size() == now.size()) {
        match = Optional.of(earlier.get(i));
      }
      if (match.isEmpty()) {
        throw new InputException("compare.no_match", "has no project named " + p.name()
            + " and a different number of projects than --path gives; compare one project at a time",
            input.compareTo.toString());
      }
      out.add(Diffs.against(p, match.get().current()));
    }
    return out;
  }
}
