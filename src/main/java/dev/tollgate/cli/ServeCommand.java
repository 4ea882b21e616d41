package dev.tollgate.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tollgate serve}: the webhook server. Every setting can also come from the environment
 * ({@code TOLLGATE_PORT}, ...) or a YAML config file; see {@link ServeSettings} for the order.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      ServeCommand.SUMMARY,
      "Every option can also be set as TOLLGATE_<OPTION> (e.g. TOLLGATE_DATABASE_URL) or in the --config file.",
      "Secrets come only from the environment or from files: TOLLGATE_GITHUB_WEBHOOK_SECRET or",
      "--github-webhook-secret-file, TOLLGATE_GITLAB_WEBHOOK_TOKEN or --gitlab-webhook-token-file,",
      "TOLLGATE_GITHUB_APP_PRIVATE_KEY or --github-app-private-key-file, TOLLGATE_GITHUB_TOKEN or",
      "--github-token-file, TOLLGATE_GITLAB_TOKEN or --gitlab-token-file."
    })
final class ServeCommand implements Callable<Integer> {

  static final String SUMMARY = "Run the webhook server for a GitHub App and GitLab webhooks, with a dashboard.";

  @Option(names = "--config", paramLabel = "FILE", description = "A YAML file of settings (option names as keys).")
  Path config;
  @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: 0.0.0.0).")
  String bind;
  @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: 8080; 0 picks a free one).")
  String port;
  @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the embedded database lives (default: ./tollgate-data).")
  String dataDir;
  @Option(names = "--database-url", paramLabel = "URL",
      description = "PostgreSQL for several replicas: jdbc:postgresql://HOST/DB?user=U or postgres://U@HOST/DB (default: SQLite in --data-dir).")
  String databaseUrl;
  @Option(names = "--database-password-file", paramLabel = "FILE", description = "File holding the database password (or TOLLGATE_DATABASE_PASSWORD).")
  String databasePasswordFile;
  @Option(names = "--github-webhook-secret-file", paramLabel = "FILE", description = "File holding the GitHub App's webhook secret.")
  String githubWebhookSecretFile;
  @Option(names = "--gitlab-webhook-token-file", paramLabel = "FILE", description = "File holding the GitLab webhook's secret token.")
  String gitlabWebhookTokenFile;
  @Option(names = "--workers", paramLabel = "N", description = "Job worker threads (default: 4).")
  String workers;
  @Option(names = "--max-body-bytes", paramLabel = "N", description = "Largest webhook body accepted (default: 5242880, 5 MiB).")
  String maxBodyBytes;
  @Option(names = "--job-lease", paramLabel = "DURATION", description = "How long a claimed job is held without a heartbeat (default: 30s).")
  String jobLease;
  @Option(names = "--max-attempts", paramLabel = "N", description = "Attempts before a job is marked failed (default: 5).")
  String maxAttempts;
  @Option(names = "--poll", paramLabel = "DURATION", description = "How often idle workers look for jobs (default: 1s).")
  String poll;
  @Option(names = "--pipeline", paramLabel = "MODE",
      description = "What each job runs: estimate (the default when a code host is configured), none (the default otherwise:"
          + " records the delivery only) or diagnostic-comment (test mode).")
  String pipeline;
  @Option(names = "--github-app-id", paramLabel = "ID", description = "The GitHub App's id; its private key comes from TOLLGATE_GITHUB_APP_PRIVATE_KEY or --github-app-private-key-file.")
  String githubAppId;
  @Option(names = "--github-app-private-key-file", paramLabel = "FILE", description = "File holding the GitHub App's private key (PEM).")
  String githubAppPrivateKeyFile;
  @Option(names = "--github-token-file", paramLabel = "FILE", description = "File holding a GitHub token, for deliveries that name no App installation.")
  String githubTokenFile;
  @Option(names = "--github-api-url", paramLabel = "URL", description = "GitHub's REST API (default: https://api.github.com; a GitHub Enterprise host gets /api/v3).")
  String githubApiUrl;
  @Option(names = "--gitlab-url", paramLabel = "URL", description = "The GitLab instance (default: https://gitlab.com).")
  String gitlabUrl;
  @Option(names = "--gitlab-token-file", paramLabel = "FILE", description = "File holding the GitLab token (api scope) jobs comment and set statuses with.")
  String gitlabTokenFile;
  @Option(names = "--config-defaults", paramLabel = "FILE", description = "An organisation's .tollgate.yml defaults, under each repository's own.")
  String configDefaults;
  @Option(names = "--diagnostic-api-url", paramLabel = "URL", description = "GitHub-compatible API the diagnostic-comment mode writes to.")
  String diagnosticApiUrl;
  @Option(names = "--diagnostic-token-file", paramLabel = "FILE", description = "File holding the token for --diagnostic-api-url.")
  String diagnosticTokenFile;
  @Option(names = "--print-config", description = "Print the resolved configuration (secrets masked) and exit.")
  boolean printConfig;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * What {@link Main} registers as {@code serve}: the command itself when it is the one being run,
   * otherwise only its name and description for the usage list. Building the full command means
   * reflecting on all its options, which every other run (above all {@code estimate}, whose start-up
   * is measured) would pay for and never use.
   */
  static Object registration(String[] args) {
    if (args.length > 0 && args[0].equals("serve")) {
      return new ServeCommand();
    }
    CommandLine.Model.CommandSpec summary = CommandLine.Model.CommandSpec.create().name("serve");
    summary.usageMessage().description(SUMMARY);
    return summary;
  }

  /** The environment; tests replace it. */
  Map<String, String> environment = System.getenv();

  @Override
  public Integer call() throws Exception {
    // Everything that touches the server lives in ServeLauncher, so that registering this command
    // (which picocli does on every run, `estimate` included) loads none of the server's classes.
    return ServeLauncher.run(this, ServeLauncher.resolve(this, flags()));
  }

  /** The flags as setting name to value (null when not given); their names are also the config file's keys. */
  Map<String, String> flags() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("bind", bind);
    m.put("port", port);
    m.put("data-dir", dataDir);
    m.put("database-url", databaseUrl);
    m.put("database-password-file", databasePasswordFile);
    m.put("github-webhook-secret-file", githubWebhookSecretFile);
    m.put("gitlab-webhook-token-file", gitlabWebhookTokenFile);
    m.put("workers", workers);
    m.put("max-body-bytes", maxBodyBytes);
    m.put("job-lease", jobLease);
    m.put("max-attempts", maxAttempts);
    m.put("poll", poll);
    m.put("pipeline", pipeline);
    m.put("diagnostic-api-url", diagnosticApiUrl);
    m.put("diagnostic-token-file", diagnosticTokenFile);
    m.put("github-app-id", githubAppId);
    m.put("github-app-private-key-file", githubAppPrivateKeyFile);
    m.put("github-token-file", githubTokenFile);
    m.put("github-api-url", githubApiUrl);
    m.put("gitlab-url", gitlabUrl);
    m.put("gitlab-token-file", gitlabTokenFile);
    m.put("config-defaults", configDefaults);
    return m;
  }
}
