package dev.tollgate.cli;

import dev.tollgate.engine.EstimateEngine;
import dev.tollgate.infracost.InfracostJsonReader;
import dev.tollgate.infracost.InfracostJsonWriter;
import dev.tollgate.model.ChangeSet;
import dev.tollgate.model.Diffs;
import dev.tollgate.model.Estimate;
import dev.tollgate.model.InputException;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.pricing.PricerRegistry;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.UsageFile;
import dev.tollgate.pricing.catalog.PriceCatalog;
import dev.tollgate.report.MarkdownRenderer;
import dev.tollgate.report.TableRenderer;
import dev.tollgate.terraform.PlanReader;
import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tollgate estimate}: plan JSON files in; a table, Infracost JSON or markdown out. */
@Command(
    name = "estimate",
    mixinStandardHelpOptions = true,
    description = {
      "Estimate the monthly cost of Terraform plans and what changes.",
      "Each --path is one project: a plan JSON file written by `terraform show -json plan.tfplan`."
    })
final class EstimateCommand implements Callable<Integer> {

  enum OutputFormat { table, json, markdown }

  @Option(names = "--path", required = true, paramLabel = "PATH",
      description = "A Terraform plan JSON file. Repeat for several projects.")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). json is Infracost's JSON format 0.2.")
  OutputFormat format;

  @Option(names = "--compare-to", paramLabel = "FILE",
      description = "An earlier Tollgate or Infracost JSON estimate to diff against, as `infracost diff --compare-to`.")
  Path compareTo;

  @Option(names = "--usage-file", paramLabel = "FILE",
      description = "An Infracost usage file (infracost-usage.yml) with usage figures for usage-based costs.")
  Path usageFile;

  @Option(names = "--catalog", paramLabel = "FILE",
      description = "A price catalog built by `tollgate prices build` (default: the one shipped in Tollgate).")
  Path catalog;

  @Option(names = "--out-file", paramLabel = "FILE", description = "Write the output to FILE instead of standard output.")
  Path outFile;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    UsageFile usage = usageFile == null ? UsageFile.NONE : UsageFile.read(usageFile);
    EstimateEngine engine = new EstimateEngine(new PricerRegistry(), new Prices(catalog()), usage);
    PlanReader reader = new PlanReader();
    List<ProjectEstimate> projects = new ArrayList<>();
    for (Path path : paths) {
      ChangeSet changes = reader.read(path);
      projects.add(engine.estimate(path.toString(), changes));
    }
    if (compareTo != null) {
      projects = compare(projects, new InfracostJsonReader().read(compareTo));
    }
    Estimate estimate = new Estimate(projects, "USD", Instant.now());
    try (Writer out = output()) {
      switch (format) {
        case json:
          new InfracostJsonWriter().write(estimate, compareTo == null ? "breakdown" : "diff", out);
          break;
        case markdown:
          out.write(new MarkdownRenderer().render(estimate));
          break;
        default:
          out.write(new TableRenderer().render(estimate));
      }
    }
    return Main.OK;
  }

  private dev.tollgate.pricing.PriceSource catalog() throws InputException {
    if (catalog == null) {
      return PriceCatalog.shipped();
    }
    try {
      return PriceCatalog.load(catalog);
    } catch (IOException e) {
      throw new InputException("catalog.unreadable", "cannot read the price catalog: " + e.getMessage(), catalog.toString());
    }
  }

  /** Each project is diffed against the earlier project of the same name, or the only one, or the one in the same place. */
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
            + " and a different number of projects than --path gives; compare one project at a time", compareTo.toString());
      }
      out.add(Diffs.against(p, match.get().current()));
    }
    return out;
  }

  /** The --out-file, or standard output (left open: it belongs to the caller). */
  private Writer output() throws IOException {
    if (outFile != null) {
      return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(outFile), StandardCharsets.UTF_8));
    }
    PrintWriter stdout = spec.commandLine().getOut();
    return new FilterWriter(stdout) {
      @Override
      public void close() {
        stdout.flush();
      }
    };
  }
}
