package dev.tollgate.cli;

import dev.tollgate.infracost.InfracostJsonReader;
import dev.tollgate.model.Diffs;
import dev.tollgate.model.Estimate;
import dev.tollgate.model.InputException;
import dev.tollgate.model.ProjectEstimate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
      "Estimate the monthly cost of Terraform plans and what changes.",
      "Each --path is one project."
    })
final class EstimateCommand implements Callable<Integer> {

  @Mixin InputOptions input = new InputOptions();
  @Mixin PriceOptions prices = new PriceOptions();
  @Mixin OutputOptions output = new OutputOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PriceOptions.Priced priced = prices.estimate(input);
    List<ProjectEstimate> projects = priced.projects();
    if (input.compareTo != null) {
      InfracostJsonReader.Read earlier = new InfracostJsonReader().readWithCurrency(input.compareTo);
      if (!earlier.currency().equals(priced.currency())) {
        throw new InputException("compare.currency", "is in " + earlier.currency() + " and this estimate is priced in " + priced.currency()
            + "; compare with an estimate written without --currency (Tollgate converts at the end, once)", input.compareTo.toString());
      }
      projects = compare(projects, earlier.projects());
    }
    Estimate estimate = prices.convert(new Estimate(projects, priced.currency(), Instant.now()));
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
