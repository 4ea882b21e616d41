package dev.tollgate.server;

import dev.tollgate.jobs.JobHandler;
import dev.tollgate.jobs.NoPipeline;
import dev.tollgate.jobs.QueueSettings;
import dev.tollgate.store.DatabaseUrl;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/** Starts real servers on a free port for tests, and talks to them over real HTTP. */
final class Servers {
  private Servers() {}

  static final String GITHUB_SECRET = "test webhook secret";
  static final String GITLAB_TOKEN = "test gitlab token";
  static final HttpClient HTTP = HttpClient.newHttpClient();

  static ServerConfig config(Path dataDir, Optional<DatabaseUrl> db, long maxBody) {
    return new ServerConfig("127.0.0.1", 0, dataDir, db, Optional.empty(), Optional.of(Secret.of(GITHUB_SECRET)),
        Optional.of(Secret.of(GITLAB_TOKEN)), 2, maxBody, QueueSettings.DEFAULT, Duration.ofMillis(200),
        ServerConfig.Pipeline.NONE, Optional.empty(), Optional.empty());
  }

  static TollgateServer start(Path dataDir) throws Exception {
    return start(config(dataDir, Optional.empty(), 1 << 20), new NoPipeline());
  }

  static TollgateServer start(ServerConfig config, JobHandler handler) throws Exception {
    return TollgateServer.start(config, handler, Clock.systemUTC());
  }

  interface Condition {
    boolean holds() throws Exception;
  }

  /** Polls {@code c} every 100 ms until it holds; fails after {@code timeout}. */
  static void waitUntil(Condition c, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!c.holds()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("still not true after " + timeout);
      }
      Thread.sleep(100);
    }
  }

  /** Empties the queue and the delivery log, so each webhook test starts from nothing. */
  static void clear(TollgateServer s) throws Exception {
    s.database().transaction(c -> c.createStatement().executeUpdate("DELETE FROM jobs")
        + c.createStatement().executeUpdate("DELETE FROM deliveries"));
  }

  static String sign(String secret, byte[] body) {
    return "sha256=" + HexFormat.of().formatHex(Signatures.hmacSha256(secret.getBytes(StandardCharsets.UTF_8), body));
  }

  static HttpResponse<String> github(TollgateServer s, String event, String delivery, byte[] body) throws Exception {
    return send(s, "/webhooks/github", HttpRequest.newBuilder().header("X-GitHub-Event", event)
        .header("X-GitHub-Delivery", delivery).header("X-Hub-Signature-256", sign(GITHUB_SECRET, body))
        .header("Content-Type", "application/json"), body);
  }

  static HttpResponse<String> send(TollgateServer s, String path, HttpRequest.Builder b, byte[] body) throws Exception {
    return HTTP.send(b.uri(URI.create("http://127.0.0.1:" + s.port() + path))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(TollgateServer s, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static long count(TollgateServer s, String sql) throws Exception {
    return s.database().read(c -> {
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  static String string(TollgateServer s, String sql) throws Exception {
    return s.database().read(c -> {
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
        return rs.next() ? rs.getString(1) : null;
      }
    });
  }
}
