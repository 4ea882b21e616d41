package dev.tollgate.pipeline;

import dev.tollgate.model.ExchangeRate;
import dev.tollgate.policy.Config;
import dev.tollgate.policy.ConfigFiles;
import dev.tollgate.pricing.PriceSource;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a pull request is estimated with, set once by whoever runs the pipeline (the CI command,
 * the server): never by the pull request itself.
 *
 * @param prices where prices come from (the shipped catalog unless said otherwise)
 * @param currency the rate amounts are shown in; empty for US dollars
 * @param defaults organisation defaults, merged under the base branch's configuration
 * @param configFile the configuration's path in the repository ({@code .tollgate.yml})
 * @param behavior how to post the comment, over the configuration's {@code comment.behavior}
 * @param paths projects to estimate, relative to the repository root; empty: the configuration's
 *     projects, else the ones the changed files affect
 * @param usageFile a usage file in the head tree for projects without their own
 * @param env the environment Terraform folders see ({@code TF_VAR_} variables); empty in the server
 * @param checkName the check run's or commit status's name
 * @param detailsUrl where the check links to (the CI job), or empty
 */
public record PipelineSettings(PriceSource prices, Optional<ExchangeRate> currency, List<ConfigFiles.Layer> defaults,
    String configFile, Optional<Config.CommentBehavior> behavior, List<String> paths, Optional<String> usageFile,
    Map<String, String> env, String checkName, String detailsUrl, Clock clock) {

  public static final String CONFIG_FILE = ".tollgate.yml";
  public static final String CHECK_NAME = "tollgate";

  public PipelineSettings {
    Objects.requireNonNull(prices, "prices");
    Objects.requireNonNull(currency, "currency");
    defaults = List.copyOf(defaults);
    Objects.requireNonNull(configFile, "configFile");
    Objects.requireNonNull(behavior, "behavior");
    paths = List.copyOf(paths);
    Objects.requireNonNull(usageFile, "usageFile");
    env = Map.copyOf(env);
    Objects.requireNonNull(checkName, "checkName");
    detailsUrl = detailsUrl == null ? "" : detailsUrl;
    Objects.requireNonNull(clock, "clock");
  }

  /** The catalog's prices in US dollars, the repository's own configuration, nothing else. */
  public static PipelineSettings of(PriceSource prices) {
    return new PipelineSettings(prices, Optional.empty(), List.of(), CONFIG_FILE, Optional.empty(), List.of(),
        Optional.empty(), Map.of(), CHECK_NAME, "", Clock.systemUTC());
  }

  public PipelineSettings withCurrency(Optional<ExchangeRate> rate) {
    return new PipelineSettings(prices, rate, defaults, configFile, behavior, paths, usageFile, env, checkName, detailsUrl, clock);
  }

  public PipelineSettings withDefaults(List<ConfigFiles.Layer> layers) {
    return new PipelineSettings(prices, currency, layers, configFile, behavior, paths, usageFile, env, checkName, detailsUrl, clock);
  }

  public PipelineSettings withConfigFile(String file) {
    return new PipelineSettings(prices, currency, defaults, file, behavior, paths, usageFile, env, checkName, detailsUrl, clock);
  }

  public PipelineSettings withBehavior(Optional<Config.CommentBehavior> b) {
    return new PipelineSettings(prices, currency, defaults, configFile, b, paths, usageFile, env, checkName, detailsUrl, clock);
  }

  public PipelineSettings withPaths(List<String> projects, Optional<String> usage) {
    return new PipelineSettings(prices, currency, defaults, configFile, behavior, projects, usage, env, checkName, detailsUrl, clock);
  }

  public PipelineSettings withEnv(Map<String, String> environment) {
    return new PipelineSettings(prices, currency, defaults, configFile, behavior, paths, usageFile, environment, checkName, detailsUrl, clock);
  }

  public PipelineSettings withDetailsUrl(String url) {
    return new PipelineSettings(prices, currency, defaults, configFile, behavior, paths, usageFile, env, checkName, url, clock);
  }

  public PipelineSettings withClock(Clock c) {
    return new PipelineSettings(prices, currency, defaults, configFile, behavior, paths, usageFile, env, checkName, detailsUrl, c);
  }
}
