package dev.tollgate.cli;

import dev.tollgate.engine.EstimateEngine;
import dev.tollgate.infracost.CloudPricingSource;
import dev.tollgate.infracost.InfracostCli;
import dev.tollgate.infracost.InfracostJsonReader;
import dev.tollgate.infracost.PriceSourceException;
import dev.tollgate.infracost.PricingApiCache;
import dev.tollgate.infracost.PricingApiSettings;
import dev.tollgate.infracost.QueryRecorder;
import dev.tollgate.model.ChangeSet;
import dev.tollgate.model.Estimate;
import dev.tollgate.model.ExchangeRate;
import dev.tollgate.model.InputException;
import dev.tollgate.model.Money;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.References;
import dev.tollgate.pricing.ExchangeRates;
import dev.tollgate.pricing.ConvertedPriceSource;
import dev.tollgate.pricing.PriceSource;
import dev.tollgate.pricing.PricerRegistry;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.UsageFile;
import dev.tollgate.pricing.catalog.PriceCatalog;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/** Where prices come from (the local catalog, the Cloud Pricing API, the Infracost CLI) and in which currency they are shown. */
final class PriceOptions {

  /**
   * The projects priced, in the currency the source priced them in, with each project's references
   * between resources (for the advice, which re-prices resources as the estimate did; none for
   * estimates read from the Infracost CLI).
   */
  record Priced(List<ProjectEstimate> projects, String currency, List<References> references) {
    Priced(List<ProjectEstimate> projects, String currency) {
      this(projects, currency, List.of());
    }

    References referencesOf(int project) {
      return project < references.size() ? references.get(project) : References.NONE;
    }
  }

  @Option(names = "--prices", defaultValue = "local", paramLabel = "SOURCE", converter = PriceSourceKind.Converter.class,
      completionCandidates = PriceSourceKind.Names.class,
      description = "Where prices come from: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). local is the catalog shipped in Tollgate, "
          + "offline; infracost-api asks Infracost's Cloud Pricing API (key in INFRACOST_API_KEY); infracost-cli runs `infracost breakdown` and uses its numbers.")
  PriceSourceKind source = PriceSourceKind.LOCAL;

  @Option(names = "--catalog", paramLabel = "FILE",
      description = "With --prices local: a price catalog built by `tollgate prices build` (default: the one shipped in Tollgate).")
  Path catalog;

  @Option(names = "--pricing-api-endpoint", paramLabel = "URL", defaultValue = "${env:INFRACOST_PRICING_API_ENDPOINT:-https://pricing.api.infracost.io}",
      description = "With --prices infracost-api: the Cloud Pricing API (default: $INFRACOST_PRICING_API_ENDPOINT, else "
          + "https://pricing.api.infracost.io). A `tollgate prices serve` endpoint works too.")
  String endpoint;

  @Option(names = "--pricing-api-timeout", paramLabel = "SECONDS", defaultValue = "20",
      description = "With --prices infracost-api: how long to wait for the API to connect or answer (default: ${DEFAULT-VALUE}).")
  int apiTimeoutSeconds;

  @Option(names = "--price-cache", paramLabel = "DIR",
      description = "With --prices infracost-api: where answers are kept (default: $XDG_CACHE_HOME/tollgate/infracost-pricing-api, else ~/.cache/tollgate/...).")
  Path cacheDir;

  @Option(names = "--price-cache-hours", paramLabel = "HOURS", defaultValue = "24",
      description = "With --prices infracost-api: how long a kept answer is used before it is asked again (default: ${DEFAULT-VALUE}; 0: keep nothing).")
  int cacheHours;

  @Option(names = "--infracost-bin", paramLabel = "PROGRAM", defaultValue = "infracost",
      description = "With --prices infracost-cli: the Infracost CLI to run (default: ${DEFAULT-VALUE}, found on PATH).")
  String infracostBin;

  @Option(names = "--infracost-timeout", paramLabel = "SECONDS", defaultValue = "600",
      description = "With --prices infracost-cli: stop `infracost breakdown` after this long (default: ${DEFAULT-VALUE}).")
  int infracostTimeoutSeconds;

  @Option(names = "--currency", paramLabel = "CODE", defaultValue = "USD",
      description = "Show amounts in this ISO 4217 currency (default: ${DEFAULT-VALUE}); needs --currency-rate or --currency-rates.")
  String currency;

  @Option(names = "--currency-rate", paramLabel = "RATE",
      description = "How many units of --currency one US dollar buys, e.g. --currency EUR --currency-rate 0.92.")
  String currencyRate;

  @Option(names = "--currency-rates", paramLabel = "FILE",
      description = "A YAML file of rates from USD (`rates: {EUR: 0.92, GBP: 0.79}`, optional `date:`), for --currency.")
  Path currencyRates;

  /** The environment, replaceable in tests (API key, cache location). */
  UnaryOperator<String> env = System::getenv;

  /** The rate to --currency, read before anything is priced so a bad rate fails fast; null for USD. */
  private ExchangeRate rate;

  private PriceSource pricing;

  /** Every project priced by the chosen source. */
  Priced estimate(List<Target> targets, InputOptions input) throws InputException {
    validate();
    rate = rate();
    try {
      if (source == PriceSourceKind.INFRACOST_CLI) {
        return infracostCli(targets);
      }
      return engine(targets, input, pricing());
    } catch (PriceSourceException e) {
      throw e.asInput();
    }
  }

  /** The source Tollgate's own pricers use: the catalog, or the Cloud Pricing API (created once). */
  PriceSource pricing() throws InputException {
    if (pricing == null) {
      pricing = source == PriceSourceKind.INFRACOST_API ? cloudPricing() : catalog();
    }
    return pricing;
  }

  /**
   * Where hints get their prices: the same source as the estimate, except that the Infracost CLI
   * cannot answer single queries, so its runs take hint prices from the local catalog.
   */
  private PriceSource hintPrices() throws InputException {
    return source == PriceSourceKind.INFRACOST_CLI ? catalog() : pricing();
  }

  private void validate() throws InputException {
    if (catalog != null && source != PriceSourceKind.LOCAL) {
      throw new InputException("usage.prices", "--catalog is the local catalog; it has no effect with --prices " + source, "");
    }
    if (!currency.matches("[A-Z]{3}")) {
      throw new InputException("usage.currency", "--currency " + currency + ": not an ISO 4217 code (three capital letters, e.g. EUR)", "");
    }
    if (currencyRate != null && currencyRates != null) {
      throw new InputException("usage.currency", "give --currency-rate or --currency-rates, not both", "");
    }
    if (currencyRate != null && currency.equals(Money.USD)) {
      throw new InputException("usage.currency", "--currency-rate needs --currency (the currency the rate converts US dollars to)", "");
    }
  }

  private Priced engine(List<Target> targets, InputOptions input, PriceSource prices) throws InputException {
    PricerRegistry registry = new PricerRegistry();
    List<ChangeSet> changes = new ArrayList<>();
    for (Target t : targets) {
      changes.add(input.read(t.path()));
    }
    if (prices instanceof CloudPricingSource api) {
      // A dry pass lists every query the plans need, so they go out in a few batched requests.
      QueryRecorder recorder = new QueryRecorder();
      for (int i = 0; i < targets.size(); i++) {
        new EstimateEngine(registry, new Prices(recorder), targets.get(i).usage()).estimate("", changes.get(i));
      }
      api.prefetch(recorder.queries());
    }
    List<ProjectEstimate> projects = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      projects.add(new EstimateEngine(registry, new Prices(prices), t.usage()).estimate(t.name(), changes.get(i)));
    }
    return new Priced(projects, Money.USD, changes.stream().map(ChangeSet::references).toList());
  }

  private Priced infracostCli(List<Target> targets) throws InputException {
    InfracostCli cli = new InfracostCli(infracostBin, Duration.ofSeconds(infracostTimeoutSeconds));
    List<ProjectEstimate> projects = new ArrayList<>();
    String priced = null;
    for (Target target : targets) {
      Path path = target.path();
      InfracostJsonReader.Read read = cli.breakdown(path, target.usageFile());
      if (priced != null && !priced.equals(read.currency())) {
        throw new InputException("infracost_cli.currency", "Infracost priced this in " + read.currency() + " and an earlier path in " + priced, path.toString());
      }
      priced = read.currency();
      projects.addAll(read.projects());
    }
    return new Priced(projects, priced == null ? Money.USD : priced);
  }


  /** The bytes of the catalog in use (the shipped one unless --catalog names another). */
  byte[] catalogBytes() throws InputException {
    try {
      if (catalog == null) {
        try (java.io.InputStream in = PriceCatalog.class.getResourceAsStream(PriceCatalog.RESOURCE)) {
          return in.readAllBytes();
        }
      }
      return java.nio.file.Files.readAllBytes(catalog);
    } catch (IOException e) {
      throw new InputException("catalog.unreadable", "cannot read the price catalog: " + e.getMessage(),
          catalog == null ? PriceCatalog.RESOURCE : catalog.toString());
    }
  }

  PriceSource catalog() throws InputException {
    return Catalogs.open(catalog);
  }


  private CloudPricingSource cloudPricing() throws InputException {
    String key = env.apply("INFRACOST_API_KEY");
    if (key == null || key.isBlank()) {
      throw new InputException("usage.api_key", "--prices infracost-api needs an Infracost API key in INFRACOST_API_KEY "
          + "(`infracost auth login` then `infracost configure get api_key` prints one); or price offline with --prices local", "");
    }
    PricingApiSettings settings = PricingApiSettings.of(endpointUri(), key.strip(), Duration.ofSeconds(apiTimeoutSeconds));
    Path dir = cacheDir != null ? cacheDir : PricingApiCache.defaultDir(env.apply("XDG_CACHE_HOME"), System.getProperty("user.home"));
    return new CloudPricingSource(settings, new PricingApiCache(dir, Duration.ofHours(cacheHours), Clock.systemUTC()));
  }

  /** Read only when used, so a stray INFRACOST_PRICING_API_ENDPOINT cannot break local runs. */
  private URI endpointUri() throws InputException {
    try {
      URI uri = new URI(endpoint.strip());
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // Reported below with the value.
    }
    throw new InputException("usage.endpoint", "--pricing-api-endpoint " + endpoint + ": expected an http(s) URL such as "
        + PricingApiSettings.DEFAULT_ENDPOINT, "");
  }

  /** The rate --currency asks for, from --currency-rate or --currency-rates. */
  private ExchangeRate rate() throws InputException {
    if (currency.equals(Money.USD)) {
      return null;
    }
    if (currencyRate != null) {
      return new ExchangeRate(Money.USD, currency, ExchangeRates.positive(currencyRate, "", "--currency-rate"), "--currency-rate");
    }
    if (currencyRates != null) {
      return ExchangeRates.read(currencyRates).rate(currency, currencyRates.toString());
    }
    if (source == PriceSourceKind.INFRACOST_CLI) {
      return null; // Infracost may price in this currency itself (INFRACOST_CURRENCY); convert() checks.
    }
    throw noRate();
  }

  private InputException noRate() {
    return new InputException("usage.currency", "--currency " + currency + " needs a rate: --currency-rate RATE (units of "
        + currency + " per US dollar) or --currency-rates FILE", "");
  }

  /** The estimate in --currency: converted once, exactly, from the currency it was priced in. */
  Estimate convert(Estimate e) throws InputException {
    if (currency.equals(e.currency())) {
      return e;
    }
    if (!e.currency().equals(Money.USD)) {
      throw new InputException("usage.currency", "the prices are in " + e.currency() + " and Tollgate converts only from USD; "
          + "drop --currency, or have Infracost price in USD", "");
    }
    if (rate == null) {
      throw noRate();
    }
    return rate.apply(e);
  }

  /**
   * With the Cloud Pricing API, runs {@code dryRun} against a recorder and fetches every query it made
   * in a few batched requests, so the real run that follows sends none.
   */
  void prefetch(java.util.function.Consumer<Prices> dryRun) throws InputException {
    if (source != PriceSourceKind.INFRACOST_API) {
      return;
    }
    QueryRecorder recorder = new QueryRecorder();
    dryRun.accept(new Prices(recorder));
    try {
      ((CloudPricingSource) pricing()).prefetch(recorder.queries());
    } catch (PriceSourceException e) {
      throw e.asInput();
    }
  }

  /** Hint prices in the currency the estimate ends up in, so savings compare like with like. */
  PriceSource hintPrices(String currencyShown) throws InputException {
    PriceSource usd = hintPrices();
    return rate == null || !rate.to().equals(currencyShown) ? usd : new ConvertedPriceSource(usd, rate.rate(), rate.to());
  }
}
