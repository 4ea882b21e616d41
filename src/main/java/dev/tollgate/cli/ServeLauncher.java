package dev.tollgate.cli;

import dev.tollgate.jobs.Backoff;
import dev.tollgate.jobs.QueueSettings;
import dev.tollgate.model.InputException;
import dev.tollgate.policy.ConfigFiles;
import dev.tollgate.server.CodeHostSettings;
import dev.tollgate.server.Secret;
import dev.tollgate.server.ServerConfig;
import dev.tollgate.server.TollgateServer;
import dev.tollgate.store.DatabaseUrl;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import dev.tollgate.vcs.VcsException;
import dev.tollgate.vcs.github.GitHubAuth;
import dev.tollgate.vcs.github.GitHubConfig;
import dev.tollgate.vcs.github.GitHubHost;
import dev.tollgate.vcs.gitlab.GitLabConfig;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/** Resolves {@code serve}'s settings into a {@link ServerConfig} and runs the server until the process is stopped. */
final class ServeLauncher {
  private ServeLauncher() {}

  static int run(ServeCommand cmd, ServerConfig cfg) throws Exception {
    PrintWriter out = cmd.spec.commandLine().getOut();
    if (cmd.printConfig) {
      cfg.describe().forEach(out::println);
      out.flush();
      return Main.OK;
    }
    TollgateServer server;
    try {
      server = TollgateServer.start(cfg, TollgateServer.handlerFor(cfg, defaults(cfg)), Clock.systemUTC());
    } catch (java.sql.SQLException e) {
      throw new InputException("serve.database", e.getMessage(), "database");
    } catch (io.javalin.util.JavalinBindException e) {
      throw new InputException("serve.port", "cannot listen on " + cfg.bind() + ":" + cfg.port() + " (is it in use?)", "--port");
    }
    out.println("tollgate serve: listening on http://" + cfg.bind() + ":" + server.port() + " (database "
        + cfg.databaseUrl().masked() + ", pipeline " + cfg.pipelineName() + ")");
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "tollgate-shutdown"));
    stopped.await();
    return Main.OK;
  }

  static ServerConfig resolve(ServeCommand cmd, Map<String, String> flags) throws InputException {
    Map<String, String> environment = cmd.environment;
    String configFile = cmd.config != null ? cmd.config.toString() : environment.get("TOLLGATE_CONFIG");
    Map<String, String> file = configFile == null ? Map.of() : ServeSettings.readFile(Path.of(configFile), flags.keySet());
    ServeSettings s = new ServeSettings(flags, environment, file, configFile == null ? "" : configFile);
    CodeHostSettings hosts = codeHosts(s);
    ServerConfig.Pipeline mode;
    try {
      // With a code host configured, jobs estimate by default; without one there is nothing they could post to.
      mode = ServerConfig.Pipeline.valueOf(s.string("pipeline", hosts.any() ? "estimate" : "none")
          .toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new InputException("config.pipeline", "pipeline must be estimate, none or diagnostic-comment", "pipeline");
    }
    Optional<Secret> github = s.secret("github-webhook-secret").map(Secret::of);
    Optional<Secret> gitlab = s.secret("gitlab-webhook-token").map(Secret::of);
    if (github.isEmpty() && gitlab.isEmpty()) {
      throw new InputException("config.no_secret", "no webhook secret is configured: set TOLLGATE_GITHUB_WEBHOOK_SECRET or"
          + " TOLLGATE_GITLAB_WEBHOOK_TOKEN, or give --github-webhook-secret-file / --gitlab-webhook-token-file", "serve");
    }
    try {
      return new ServerConfig(s.string("bind", "0.0.0.0"), s.integer("port", 8080, 0, 65535),
          Path.of(s.string("data-dir", "tollgate-data")), s.get("database-url").map(DatabaseUrl::parse),
          s.secret("database-password").map(Secret::of), github, gitlab, s.integer("workers", 4, 1, 256),
          s.integer("max-body-bytes", 5 << 20, 1024, 100 << 20),
          new QueueSettings(s.duration("job-lease", Duration.ofSeconds(30)), s.integer("max-attempts", 5, 1, 100), Backoff.DEFAULT),
          s.duration("poll", Duration.ofSeconds(1)), mode, s.get("diagnostic-api-url").map(URI::create),
          s.secret("diagnostic-token").map(Secret::of), hosts, s.get("config-defaults").map(Path::of));
    } catch (IllegalArgumentException e) {
      throw new InputException("config.invalid", e.getMessage(), "serve");
    }
  }

  private static CodeHostSettings codeHosts(ServeSettings s) throws InputException {
    Optional<String> appId = s.get("github-app-id");
    Optional<String> key = s.secret("github-app-private-key");
    try {
      CodeHostSettings hosts = new CodeHostSettings(appId, key.map(Secret::of), s.secret("github-token").map(Secret::of),
          GitHubConfig.apiUrlFor(s.string("github-api-url", "")), GitLabConfig.serverUrlFor(s.string("gitlab-url", "")),
          s.secret("gitlab-token").map(Secret::of));
      if (appId.isPresent()) {
        // A key that does not parse fails now, not on the first delivery.
        GitHubHost.connect(GitHubConfig.of(hosts.githubApiUrl(), new GitHubAuth.App(appId.get(), key.get(), 1)));
      }
      return hosts;
    } catch (IllegalArgumentException e) {
      throw new InputException("config.code_host", e.getMessage(), "serve");
    } catch (VcsException e) {
      throw new InputException("config.github_app", "the GitHub App private key cannot be used: " + e.getMessage(), "github-app-private-key");
    }
  }

  /** The organisation's defaults file, read and checked once at start. */
  static List<ConfigFiles.Layer> defaults(ServerConfig cfg) throws InputException {
    if (cfg.configDefaults().isEmpty()) {
      return List.of();
    }
    ConfigFiles.Layer layer = ConfigFiles.layer(cfg.configDefaults().get());
    ConfigFiles.merge(List.of(layer));
    return List.of(layer);
  }
}
