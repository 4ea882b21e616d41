package dev.tollgate.server;

import dev.tollgate.jobs.JobHandler;
import dev.tollgate.jobs.JobQueue;
import dev.tollgate.jobs.NoPipeline;
import dev.tollgate.jobs.WorkerPool;
import dev.tollgate.pipeline.PipelineSettings;
import dev.tollgate.policy.ConfigFiles;
import dev.tollgate.pricing.catalog.PriceCatalog;
import dev.tollgate.vcs.Waits;
import java.util.List;
import dev.tollgate.store.Database;
import dev.tollgate.store.EstimateHistory;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code tollgate serve}, assembled: the database, the queue and its workers running the given job
 * handler, and the Javalin routes. Request errors are typed ({@link Rejected}) and mapped to responses
 * here, in one place.
 */
public final class TollgateServer implements AutoCloseable {

  static final String HOST_ATTRIBUTE = "tollgate.host";
  private static final Logger log = LoggerFactory.getLogger(TollgateServer.class);

  private final Database db;
  private final WorkerPool workers;
  private final Javalin app;

  private TollgateServer(Database db, WorkerPool workers, Javalin app) {
    this.db = db;
    this.workers = workers;
    this.app = app;
  }

  /** Opens (and migrates) the database, starts the workers and the HTTP server. */
  public static TollgateServer start(ServerConfig config, JobHandler handler, Clock clock) throws SQLException {
    Database db = Database.open(config.databaseUrl(), config.databasePassword().map(Secret::bytes)
        .map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8)), config.workers() + 8);
    try {
      JobQueue queue = new JobQueue(db, config.queue(), clock);
      Metrics metrics = new Metrics(queue, clock);
      WorkerPool workers = new WorkerPool(queue, handler, metrics, config.workers(), config.poll());
      DeliveryIntake intake = new DeliveryIntake(queue, workers::wake, metrics);
      GitHubWebhook github = new GitHubWebhook(config.githubWebhookSecret(), config.maxBodyBytes(), intake, clock);
      GitLabWebhook gitlab = new GitLabWebhook(config.gitlabWebhookToken(), config.maxBodyBytes(), intake, clock);
      Health health = new Health(db);
      Dashboard dashboard = new Dashboard(new EstimateHistory(db), queue);
      Javalin app = Javalin.create(cfg -> {
        cfg.showJavalinBanner = false;
        cfg.http.maxRequestSize = config.maxBodyBytes();
        cfg.router.mount(r -> {
          r.post("/webhooks/github", github::handle);
          r.post("/webhooks/gitlab", gitlab::handle);
          r.get("/healthz", health::live);
          r.get("/readyz", health::ready);
          r.get("/metrics", metrics::handle);
          r.get("/", dashboard::handle);
          r.exception(Rejected.class, (e, ctx) -> reject(metrics, e, ctx));
          r.exception(SQLException.class, (e, ctx) -> {
            log.error("database error on {}: {}", ctx.path(), e.getMessage());
            ctx.status(503).result("the database is unavailable");
          });
          r.exception(Exception.class, (e, ctx) -> {
            log.error("internal error on {}", ctx.path(), e);
            ctx.status(500).result("internal error");
          });
        });
      });
      TollgateServer server = new TollgateServer(db, workers, app);
      workers.start();
      app.start(config.bind(), config.port());
      log.info("tollgate serve listening on {}:{} with {} worker(s), database {}", config.bind(), app.port(),
          config.workers(), config.databaseUrl().masked());
      return server;
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /**
   * The job handler a configuration asks for: the pull request pipeline through the configured code
   * hosts ({@code estimate}), {@link NoPipeline} (jobs are recorded and marked "no pipeline
   * configured"), or the diagnostic comment mode.
   *
   * @param defaults the organisation's {@code .tollgate.yml} defaults, already read
   */
  public static JobHandler handlerFor(ServerConfig config, List<ConfigFiles.Layer> defaults) {
    if (config.pipeline() == ServerConfig.Pipeline.DIAGNOSTIC_COMMENT) {
      return new DiagnosticComments(config.diagnosticApi().orElseThrow(), config.diagnosticToken());
    }
    if (config.pipeline() == ServerConfig.Pipeline.ESTIMATE) {
      return new EstimateJobs(new CodeHosts(config.codeHosts(), Waits.standard()),
          PipelineSettings.of(PriceCatalog.shipped()).withDefaults(defaults));
    }
    return new NoPipeline();
  }

  public static JobHandler handlerFor(ServerConfig config) {
    return handlerFor(config, List.of());
  }

  private static void reject(Metrics metrics, Rejected e, Context ctx) {
    metrics.delivery(ctx.attribute(HOST_ATTRIBUTE), e.result());
    ctx.status(e.status()).result(e.getMessage());
  }

  public int port() {
    return app.port();
  }

  public Database database() {
    return db;
  }

  /** Stops taking requests, lets running jobs finish (up to ten seconds), then closes the database. */
  @Override
  public void close() {
    app.stop();
    workers.close(Duration.ofSeconds(10));
    db.close();
  }
}
