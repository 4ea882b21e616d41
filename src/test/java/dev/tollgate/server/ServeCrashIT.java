package dev.tollgate.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.tollgate.support.FakeGitHubComments;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as a separate process, killed with SIGKILL while it works through 200
 * deliveries, then started again on the same data directory: every delivery ends up with exactly one
 * comment at the fake GitHub (WireMock), and every job is done once. Uses the diagnostic-comment
 * pipeline, which finds its comment by marker and edits it, as the real pipeline must.
 */
class ServeCrashIT {

  private static final int DELIVERIES = 200;
  private static final String SECRET = "crash test secret";

  @TempDir Path dir;

  @Test
  void every_delivery_is_commented_exactly_once_across_a_kill_9() throws Exception {
    String jar = System.getProperty("tollgate.jar", "target/tollgate.jar");
    assumeTrue(Files.isRegularFile(Path.of(jar)), "the packaged jar is not there: " + jar);
    FakeGitHubComments github = new FakeGitHubComments(100);
    WireMockServer wm = new WireMockServer(options().dynamicPort().extensions(github).containerThreads(40).jettyAcceptors(1));
    wm.start();
    wm.stubFor(any(urlPathMatching("/repos/.*")).willReturn(aResponse().withTransformers(FakeGitHubComments.NAME)));
    int port = freePort();
    try {
      Process first = serve(jar, port, wm.port(), "first.log");
      // Deliveries go out at about 40 a second (the workers' pace: four of them, 100 ms a comment).
      // Once 20 comments are in, the server is killed: at that moment a worker has just had its
      // comment stored and is waiting for the answer, so at least one job has posted without being
      // recorded as done, the window a crash-safe pipeline must cover.
      Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
      ExecutorService senders = Executors.newFixedThreadPool(8);
      Thread killer = new Thread(() -> {
        while (github.total() < 20 && first.isAlive()) {
          Thread.onSpinWait();
        }
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no graceful close
      });
      killer.start();
      for (int i = 1; i <= DELIVERIES; i++) {
        int pr = i;
        senders.submit(() -> {
          if (deliver(port, pr) / 100 == 2) {
            acknowledged.add(pr);
          }
        });
        Thread.sleep(25);
      }
      senders.shutdown();
      assertThat(senders.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
      killer.join(60_000);
      assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(first.exitValue()).isEqualTo(137);
      int commentsBeforeRestart = github.total();
      assertThat(acknowledged.size()).as("deliveries answered before the kill").isBetween(20, DELIVERIES - 1);

      Process second = serve(jar, port, wm.port(), "second.log");
      try {
        // What the code host does for deliveries that failed: deliver them again (and a few acknowledged ones twice).
        for (int pr = 1; pr <= DELIVERIES; pr++) {
          if (!acknowledged.contains(pr) || pr % 50 == 0) {
            assertThat(deliver(port, pr) / 100).as("redelivery of PR %d", pr).isEqualTo(2);
          }
        }
        waitUntil(() -> allCommented(github), Duration.ofSeconds(90));
        Thread.sleep(1500); // any job still running would post now
      } finally {
        second.destroy();
        second.waitFor(20, TimeUnit.SECONDS);
      }

      Map<String, Integer> posts = new TreeMap<>();
      wm.findAll(postRequestedFor(urlPathMatching(".*"))).forEach(r -> posts.merge(r.getUrl(), 1, Integer::sum));
      assertThat(posts).hasSize(DELIVERIES);
      assertThat(posts.values()).allMatch(n -> n == 1);
      for (int pr = 1; pr <= DELIVERIES; pr++) {
        assertThat(github.comments("acme/infra", pr)).as("comments on PR %d", pr).hasSize(1);
        assertThat((String) github.comments("acme/infra", pr).get(0).get("body")).contains("`delivery-" + pr + "`");
      }
      int edits = wm.findAll(patchRequestedFor(urlPathMatching(".*"))).size();
      assertThat(edits).as("jobs whose comment was posted before the kill but not recorded as done (%d posted before the kill)",
          commentsBeforeRestart).isPositive();
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/tollgate.db"));
           ResultSet rs = c.createStatement().executeQuery("SELECT state, COUNT(*), COUNT(DISTINCT pr_number) FROM jobs GROUP BY state")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("done");
        assertThat(rs.getInt(2)).isEqualTo(DELIVERIES);
        assertThat(rs.getInt(3)).isEqualTo(DELIVERIES);
        assertThat(rs.next()).as("jobs in another state").isFalse();
      }
      System.out.printf("crash test: %d of %d deliveries acknowledged before kill -9, %d comments posted before it,"
          + " %d comments edited after the restart (posted but not recorded as done)%n",
          acknowledged.size(), DELIVERIES, commentsBeforeRestart, edits);
    } finally {
      wm.stop();
    }
  }

  private Process serve(String jar, int port, int githubPort, String log) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar, "serve", "--bind", "127.0.0.1", "--port", String.valueOf(port),
        "--data-dir", dir.resolve("data").toString(), "--workers", "4", "--job-lease", "2s", "--poll", "200ms",
        "--pipeline", "diagnostic-comment", "--diagnostic-api-url", "http://127.0.0.1:" + githubPort);
    pb.environment().put("TOLLGATE_GITHUB_WEBHOOK_SECRET", SECRET);
    pb.redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile());
    Process p = pb.start();
    waitUntil(() -> {
      if (!p.isAlive()) {
        throw new AssertionError("serve exited: " + Files.readString(dir.resolve(log)));
      }
      return status(port, "/readyz") == 200;
    }, Duration.ofSeconds(60));
    return p;
  }

  private static int deliver(int port, int pr) {
    String body = "{\"action\":\"synchronize\",\"number\":" + pr + ",\"repository\":{\"full_name\":\"acme/infra\",\"id\":99},"
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

  private static boolean allCommented(FakeGitHubComments github) {
    for (int pr = 1; pr <= DELIVERIES; pr++) {
      if (github.comments("acme/infra", pr).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static int status(int port, String path) {
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

  interface Condition {
    boolean holds() throws Exception;
  }

  static void waitUntil(Condition c, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!c.holds()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("still not true after " + timeout);
      }
      Thread.sleep(100);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
