package dev.tollgate.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged jar's {@code serve} as a separate process, as the crash tests kill it: started on a
 * port with SQLite under {@code dir/data}, four workers and a short lease, and sent signed GitHub
 * {@code synchronize} deliveries.
 */
final class ServeProcess {

  static final String SECRET = "crash test secret";

  private ServeProcess() {}

  /**
   * Starts {@code serve} and waits until it is ready; its output goes to {@code dir/log}.
   *
   * @param codeHost the options that say where jobs comment ({@code --pipeline ...} or a GitHub token and API)
   */
  static Process start(Path dir, String jar, int port, String log, String... codeHost) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar, "serve", "--bind", "127.0.0.1", "--port", String.valueOf(port),
        "--data-dir", dir.resolve("data").toString(), "--workers", "4", "--job-lease", "2s", "--poll", "200ms"));
    command.addAll(List.of(codeHost));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("TOLLGATE_GITHUB_WEBHOOK_SECRET", SECRET);
    pb.redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile());
    Process p = pb.start();
    Servers.waitUntil(() -> {
      if (!p.isAlive()) {
        throw new AssertionError("serve exited: " + Files.readString(dir.resolve(log)));
      }
      return status(port, "/readyz") == 200;
    }, Duration.ofSeconds(60));
    return p;
  }

  /** A signed {@code synchronize} delivery for pull request {@code pr}; 0 when the server died under it. */
  static int deliver(int port, String repo, int pr) {
    String body = "{\"action\":\"synchronize\",\"number\":" + pr + ",\"repository\":{\"full_name\":\"" + repo + "\",\"id\":99},"
        + "\"pull_request\":{\"number\":" + pr + ",\"head\":{\"sha\":\"" + String.format("%040x", pr) + "\"}},"
        + "\"installation\":{\"id\":7}}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    try {
      return Servers.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/github"))
          .timeout(Duration.ofSeconds(10)).header("X-GitHub-Event", "pull_request").header("X-GitHub-Delivery", "delivery-" + pr)
          .header("X-Hub-Signature-256", Servers.sign(SECRET, bytes)).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return 0; // the server died under this request: the code host would deliver it again
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  static int status(int port, String path) {
    try {
      return Servers.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
