package dev.tollgate.cli;

import dev.tollgate.pricing.importer.CatalogBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tollgate prices}: build and inspect the price catalog. */
@Command(
    name = "prices",
    mixinStandardHelpOptions = true,
    description = "Build and inspect the price catalog.",
    subcommands = {PricesCommand.Build.class, PricesServeCommand.class})
final class PricesCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "build", mixinStandardHelpOptions = true,
      description = "Build a price catalog from a folder of public price files (the layout of ../shared/pricing-sources).")
  static final class Build implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "The folder of price sources.")
    Path from;

    @Option(names = "--out", defaultValue = "catalog.tgc", paramLabel = "FILE",
        description = "Where to write the catalog (default: ${DEFAULT-VALUE}). Use it with `estimate --catalog FILE`.")
    Path out;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      byte[] catalog = CatalogBuilder.build(from);
      Files.write(out, catalog);
      spec.commandLine().getOut().printf("wrote %s (%,d bytes)%n", out, catalog.length);
      return Main.OK;
    }
  }
}
