package dev.tollgate.cli;

import dev.tollgate.ci.Checkout;
import dev.tollgate.ci.CiEnvironment;
import dev.tollgate.ci.StepOutputs;
import dev.tollgate.model.ExchangeRate;
import dev.tollgate.model.InputException;
import dev.tollgate.model.Money;
import dev.tollgate.pipeline.PipelineOutcome;
import dev.tollgate.pipeline.PipelineSettings;
import dev.tollgate.pipeline.PullRequestInput;
import dev.tollgate.pipeline.PullRequestPipeline;
import dev.tollgate.policy.Config;
import dev.tollgate.policy.ConfigFiles;
import dev.tollgate.pricing.ExchangeRates;
import dev.tollgate.pricing.PriceSource;
import dev.tollgate.pricing.catalog.PriceCatalog;
import dev.tollgate.report.Format;
import dev.tollgate.vcs.ChangedFile;
import dev.tollgate.vcs.VcsException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What {@code tollgate ci} does, kept apart from the command so that registering the command loads
 * none of it: read the CI's environment, take the base commit from the checkout with git, run the
 * pull request pipeline on the base tree and the checkout, post and set the check (or print the
 * comment with {@code --dry-run}), write the step outputs, and exit by the verdict. A code host
 * that refuses (a token without a permission, a repository it cannot see) is one line and exit 2.
 */
final class CiLauncher {

  private CiLauncher() {}

  static int run(CiCommand cmd, Map<String, String> env, PrintWriter out, PrintWriter err) throws InputException, IOException {
    CiEnvironment ci = CiEnvironment.read(env);
    Checkout checkout = Checkout.at(checkoutDir(cmd, env), "git");
    String base = ci.pullRequest().base().sha();
    checkout.ensureCommit(base);
    List<ChangedFile> changed = checkout.changedFiles(base);
    PipelineSettings settings = settings(cmd, env, ci);
    Path tmp = Files.createTempDirectory("tollgate-ci-");
    try {
      Path baseTree = tmp.resolve("base");
      checkout.export(base, baseTree);
      PullRequestPipeline pipeline = new PullRequestPipeline(settings);
      PullRequestPipeline.Prepared prepared = pipeline.prepare(
          new PullRequestInput(ci.pullRequest(), changed, baseTree, checkout.root(), ci.ci().host()));
      PipelineOutcome outcome;
      if (cmd.dryRun) {
        out.print(prepared.body());
        out.flush();
        outcome = prepared.outcome();
      } else {
        try {
          outcome = pipeline.publish(ci.host(), prepared);
        } catch (VcsException e) {
          out.flush();
          err.println("error: " + e.getMessage());
          return Main.BAD_INPUT;
        }
        out.println(summary(ci, outcome));
      }
      if (ci.outputFile().isPresent()) {
        StepOutputs.append(ci.outputFile().get(), StepOutputs.of(outcome));
      }
      return outcome.fails() ? Main.POLICY_BROKEN : Main.OK;
    } finally {
      deleteTree(tmp);
    }
  }

  /** The checkout: --repo-root, else where the CI put it, else the current folder. */
  private static Path checkoutDir(CiCommand cmd, Map<String, String> env) {
    if (cmd.repoRoot != null) {
      return Path.of(cmd.repoRoot).toAbsolutePath();
    }
    for (String var : List.of("GITHUB_WORKSPACE", "CI_PROJECT_DIR")) {
      String v = env.get(var);
      if (v != null && !v.isBlank()) {
        return Path.of(v);
      }
    }
    return Path.of("").toAbsolutePath();
  }

  static PipelineSettings settings(CiCommand cmd, Map<String, String> env, CiEnvironment ci) throws InputException {
    PriceSource prices;
    try {
      prices = cmd.catalog == null ? PriceCatalog.shipped() : PriceCatalog.load(Path.of(cmd.catalog));
    } catch (IOException e) {
      throw new InputException("catalog.unreadable", "cannot read the price catalog: " + e.getMessage(), cmd.catalog);
    }
    Map<String, String> tfVars = new LinkedHashMap<>();
    env.forEach((k, v) -> {
      if (k.startsWith("TF_VAR_")) {
        tfVars.put(k, v);
      }
    });
    return PipelineSettings.of(prices)
        .withCurrency(rate(cmd))
        .withDefaults(cmd.configDefaults == null ? List.of() : List.of(ConfigFiles.layer(Path.of(cmd.configDefaults))))
        .withConfigFile(cmd.config == null ? PipelineSettings.CONFIG_FILE : cmd.config)
        .withBehavior(behavior(cmd.behavior))
        .withPaths(cmd.paths, Optional.ofNullable(cmd.usageFile))
        .withEnv(tfVars)
        .withDetailsUrl(ci.detailsUrl());
  }

  private static Optional<Config.CommentBehavior> behavior(String value) throws InputException {
    if (value == null) {
      return Optional.empty();
    }
    for (Config.CommentBehavior b : Config.CommentBehavior.values()) {
      if (b.key().equals(value.strip())) {
        return Optional.of(b);
      }
    }
    throw new InputException("usage.behavior", "--behavior must be one of "
        + String.join(", ", Arrays.stream(Config.CommentBehavior.values()).map(Config.CommentBehavior::key).toList()) + ", not " + value, "");
  }

  private static Optional<ExchangeRate> rate(CiCommand cmd) throws InputException {
    String currency = cmd.currency == null ? Money.USD : cmd.currency.strip();
    if (!currency.matches("[A-Z]{3}")) {
      throw new InputException("usage.currency", "--currency " + currency + ": not an ISO 4217 code (three capital letters, e.g. EUR)", "");
    }
    if (currency.equals(Money.USD)) {
      if (cmd.currencyRate != null) {
        throw new InputException("usage.currency", "--currency-rate needs --currency (the currency the rate converts US dollars to)", "");
      }
      return Optional.empty();
    }
    if (cmd.currencyRate != null && cmd.currencyRates != null) {
      throw new InputException("usage.currency", "give --currency-rate or --currency-rates, not both", "");
    }
    if (cmd.currencyRate != null) {
      return Optional.of(new ExchangeRate(Money.USD, currency, ExchangeRates.positive(cmd.currencyRate, "", "--currency-rate"), "--currency-rate"));
    }
    if (cmd.currencyRates != null) {
      return Optional.of(ExchangeRates.read(Path.of(cmd.currencyRates)).rate(currency, cmd.currencyRates));
    }
    throw new InputException("usage.currency", "--currency " + currency + " needs a rate: --currency-rate RATE or --currency-rates FILE", "");
  }

  /** One line for the job's log: what was estimated, the verdict, what happened to the comment. */
  private static String summary(CiEnvironment ci, PipelineOutcome o) {
    List<String> parts = new ArrayList<>();
    for (PipelineOutcome.Total t : o.projects()) {
      parts.add(t.name() + " " + Format.signed(t.after().subtract(t.before()), o.currency()) + " ("
          + Format.money(t.before(), o.currency()) + " → " + Format.money(t.after(), o.currency()) + ")");
    }
    if (!o.skipped().isEmpty()) {
      parts.add(o.skipped().size() + " skipped due to errors");
    }
    String what = parts.isEmpty() ? "no Terraform changes" : String.join("; ", parts);
    String comment = o.comment().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return "tollgate: " + ci.pullRequest().ref() + ": " + what + "; verdict " + o.verdict().label() + "; comment " + comment
        + "; check set on " + ci.pullRequest().head().sha();
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> all = Files.walk(root)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is not worth failing the job for
    }
  }
}
