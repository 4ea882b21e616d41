package dev.tollgate.server;

import dev.tollgate.jobs.QueueSettings;
import dev.tollgate.store.DatabaseUrl;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@code tollgate serve} is configured with, resolved from flags, environment and the
 * config file. Secrets are {@link Secret}s; {@link #describe} is the only way this is printed.
 *
 * @param database empty for the embedded SQLite file under {@code dataDir}
 * @param pipeline what each job runs: {@code estimate} (the pull request pipeline, through
 *     {@code codeHosts}), {@code none} (record the delivery only), or the {@code diagnostic-comment}
 *     test mode, which posts one marker comment per pull request to {@code diagnosticApi} (a
 *     GitHub-compatible REST API) to prove deliveries get through exactly once
 * @param codeHosts how jobs reach GitHub and GitLab
 * @param configDefaults an organisation's {@code .tollgate.yml} defaults, under each repository's own
 */
public record ServerConfig(String bind, int port, Path dataDir, Optional<DatabaseUrl> database,
    Optional<Secret> databasePassword, Optional<Secret> githubWebhookSecret, Optional<Secret> gitlabWebhookToken,
    int workers, long maxBodyBytes, QueueSettings queue, Duration poll, Pipeline pipeline,
    Optional<URI> diagnosticApi, Optional<Secret> diagnosticToken, CodeHostSettings codeHosts, Optional<Path> configDefaults) {

  /** What a job runs. */
  public enum Pipeline { NONE, DIAGNOSTIC_COMMENT, ESTIMATE }

  /** Without code hosts: the configuration before the estimate pipeline existed. */
  public ServerConfig(String bind, int port, Path dataDir, Optional<DatabaseUrl> database,
      Optional<Secret> databasePassword, Optional<Secret> githubWebhookSecret, Optional<Secret> gitlabWebhookToken,
      int workers, long maxBodyBytes, QueueSettings queue, Duration poll, Pipeline pipeline,
      Optional<URI> diagnosticApi, Optional<Secret> diagnosticToken) {
    this(bind, port, dataDir, database, databasePassword, githubWebhookSecret, gitlabWebhookToken, workers, maxBodyBytes,
        queue, poll, pipeline, diagnosticApi, diagnosticToken, CodeHostSettings.NONE, Optional.empty());
  }

  public ServerConfig {
    Objects.requireNonNull(bind);
    Objects.requireNonNull(dataDir);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
    }
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1");
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("max-body must be at least 1024 bytes");
    }
    if (pipeline == Pipeline.DIAGNOSTIC_COMMENT && diagnosticApi.isEmpty()) {
      throw new IllegalArgumentException("pipeline diagnostic-comment needs diagnostic-api-url");
    }
    Objects.requireNonNull(codeHosts, "codeHosts");
    Objects.requireNonNull(configDefaults, "configDefaults");
    if (pipeline == Pipeline.ESTIMATE && !codeHosts.any()) {
      throw new IllegalArgumentException("pipeline estimate needs a code host: a GitHub App (github-app-id and"
          + " TOLLGATE_GITHUB_APP_PRIVATE_KEY), TOLLGATE_GITHUB_TOKEN, or TOLLGATE_GITLAB_TOKEN");
    }
  }

  public DatabaseUrl databaseUrl() {
    return database.orElseGet(() -> DatabaseUrl.embedded(dataDir));
  }

  /** One {@code key = value} line per setting, secrets shown only as set or not set. */
  public List<String> describe() {
    List<String> out = new ArrayList<>();
    out.add("bind = " + bind);
    out.add("port = " + port);
    out.add("data-dir = " + dataDir);
    out.add("database-url = " + databaseUrl().masked() + (database.isEmpty() ? " (embedded)" : ""));
    out.add("database-password = " + shown(databasePassword));
    out.add("github-webhook-secret = " + shown(githubWebhookSecret));
    out.add("gitlab-webhook-token = " + shown(gitlabWebhookToken));
    out.add("workers = " + workers);
    out.add("max-body-bytes = " + maxBodyBytes);
    out.add("job-lease = " + queue.lease().toMillis() + "ms");
    out.add("max-attempts = " + queue.maxAttempts());
    out.add("poll = " + poll.toMillis() + "ms");
    out.add("pipeline = " + pipelineName());
    diagnosticApi.ifPresent(u -> out.add("diagnostic-api-url = " + u));
    diagnosticToken.ifPresent(t -> out.add("diagnostic-token = " + shown(diagnosticToken)));
    out.addAll(codeHosts.describe());
    out.add("config-defaults = " + configDefaults.map(Path::toString).orElse("(not set)"));
    return out;
  }

  /** {@code estimate}, {@code none} or {@code diagnostic-comment}, as the option spells it. */
  public String pipelineName() {
    return pipeline.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static String shown(Optional<Secret> s) {
    return s.isPresent() ? "**** (set)" : "(not set)";
  }

  @Override
  public String toString() {
    return String.join(", ", describe());
  }
}
