package dev.tollgate.cli;

import dev.tollgate.jobs.Backoff;
import dev.tollgate.jobs.QueueSettings;
import dev.tollgate.model.InputException;
import dev.tollgate.server.Secret;
import dev.tollgate.server.ServerConfig;
import dev.tollgate.server.TollgateServer;
import dev.tollgate.store.DatabaseUrl;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
      server = TollgateServer.start(cfg, TollgateServer.handlerFor(cfg), Clock.systemUTC());
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
    ServerConfig.Pipeline mode;
    try {
      mode = ServerConfig.Pipeline.valueOf(s.string("pipeline", "none").toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new InputException("config.pipeline", "pipeline must be none or diagnostic-comment", "pipeline");
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
          s.secret("diagnostic-token").map(Secret::of));
    } catch (IllegalArgumentException e) {
      throw new InputException("config.invalid", e.getMessage(), "serve");
    }
  }
}
