package dev.tollgate.cli;

import dev.tollgate.engine.EstimateEngine;
import dev.tollgate.infracost.InfracostJsonReader;
import dev.tollgate.model.Diffs;
import dev.tollgate.model.Estimate;
import dev.tollgate.model.InputException;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.pricing.PricerRegistry;
import dev.tollgate.pricing.Prices;
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

/** {@code tollgate estimate}: plan JSON files in; a table, Infracost JSON or markdown out. */
@Command(
    name = "estimate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Estimate the monthly cost of Terraform plans or folders and what changes.",
      "Each --path is one project."
    })
final class EstimateCommand implements Callable<Integer> {

  @Mixin InputOptions input = new InputOptions();
  @Mixin PriceOptions prices = new PriceOptions();
  @Mixin OutputOptions output = new OutputOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand Main main;

  @Override
  public Integer call() throws Exception {
    EstimateEngine engine = new EstimateEngine(new PricerRegistry(), new Prices(prices.source()), input.usage());
    List<ProjectEstimate> projects = new ArrayList<>();
    Map<String, String> env = main == null ? Map.of() : main.env();
    for (Path path : input.paths) {
      projects.add(engine.estimate(path.toString(), input.read(path, env)));
    }
    Optional<Path> baseFolder = input.compareFolder();
    if (baseFolder.isPresent()) {
      // The base version of the same folder: its estimate now is the past of each project.
      ProjectEstimate base = engine.estimate(baseFolder.get().toString(), input.read(baseFolder.get(), env));
      projects = projects.stream().map(p -> Diffs.against(p, base.current())).toList();
    } else if (input.compareTo != null) {
      projects = compare(projects, new InfracostJsonReader().read(input.compareTo));
    }
    Estimate estimate = new Estimate(projects, "USD", Instant.now());
    output.write(estimate, input.compareTo == null ? "breakdown" : "diff", spec.commandLine().getOut());
    return Main.OK;
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
