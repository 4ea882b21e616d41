package dev.tollgate.cli;

import dev.tollgate.infracost.PricingEndpoint;
import dev.tollgate.infracost.PricingServer;
import dev.tollgate.model.InputException;
import dev.tollgate.pricing.ExchangeRates;
import dev.tollgate.pricing.catalog.PriceCatalog;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tollgate prices serve}: the catalog as an Infracost-compatible pricing endpoint, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "Serve the price catalog as an Infracost Cloud Pricing API (POST /graphql).",
      "Point the Infracost CLI at it: INFRACOST_PRICING_API_ENDPOINT=http://HOST:PORT infracost breakdown ..."
    })
final class PricesServeCommand implements Callable<Integer> {

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
  String host;

  @Option(names = "--port", defaultValue = "4000", paramLabel = "PORT", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--catalog", paramLabel = "FILE", description = "A catalog built by `tollgate prices build` (default: the shipped one).")
  Path catalog;

  @Option(names = "--currency-rates", paramLabel = "FILE",
      description = "Rates from USD (`rates: {EUR: 0.92}`) for queries that ask for prices in other currencies.")
  Path currencyRates;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    // The key comes from the environment, never a flag: flags show in the process list.
    String key = System.getenv("TOLLGATE_PRICING_API_KEY");
    PricingEndpoint endpoint = new PricingEndpoint(catalog(), currencyRates == null ? ExchangeRates.NONE : ExchangeRates.read(currencyRates),
        Optional.ofNullable(key).filter(k -> !k.isBlank()));
    PricingServer server;
    try {
      server = PricingServer.start(endpoint, host, port);
    } catch (BindException e) {
      throw new InputException("serve.bind", e.getMessage() + "; choose another with --port or --host", "");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }));
    spec.commandLine().getOut().printf("Serving Infracost-compatible prices at http://%s:%d/graphql%s%n"
        + "Use it with: INFRACOST_PRICING_API_ENDPOINT=http://%s:%d infracost breakdown --path ...%n",
        host, server.port(), key == null || key.isBlank() ? "" : " (X-Api-Key required)", host, server.port());
    spec.commandLine().getOut().flush();
    stopped.await();
    return Main.OK;
  }

  private PriceCatalog catalog() throws InputException {
    return Catalogs.open(catalog);
  }

}
