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

  @TempDir Path dir;

  @Test
  void every_delivery_is_commented_exactly_once_across_a_kill_9() throws Exception {
    String jar = System.getProperty("tollgate.jar", "target/tollgate.jar");
    assumeTrue(Files.isRegularFile(Path.of(jar)), "the packaged jar is not there: " + jar);
    FakeGitHubComments github = new FakeGitHubComments(100);
    WireMockServer wm = new WireMockServer(options().dynamicPort().extensions(github).containerThreads(40).jettyAcceptors(1));
    wm.start();
    wm.stubFor(any(urlPathMatching("/repos/.*")).willReturn(aResponse().withTransformers(FakeGitHubComments.NAME)));
    int port = ServeProcess.freePort();
    try {
      Process first = ServeProcess.start(dir, jar, port, "first.log", "--pipeline", "diagnostic-comment",
          "--diagnostic-api-url", "http://127.0.0.1:" + wm.port());
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
          if (ServeProcess.deliver(port, "acme/infra", pr) / 100 == 2) {
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

      Process second = ServeProcess.start(dir, jar, port, "second.log", "--pipeline", "diagnostic-comment",
          "--diagnostic-api-url", "http://127.0.0.1:" + wm.port());
      try {
        // What the code host does for deliveries that failed: deliver them again (and a few acknowledged ones twice).
        for (int pr = 1; pr <= DELIVERIES; pr++) {
          if (!acknowledged.contains(pr) || pr % 50 == 0) {
            assertThat(ServeProcess.deliver(port, "acme/infra", pr) / 100).as("redelivery of PR %d", pr).isEqualTo(2);
          }
        }
        Servers.waitUntil(() -> allCommented(github), Duration.ofSeconds(90));
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

  private static boolean allCommented(FakeGitHubComments github) {
    for (int pr = 1; pr <= DELIVERIES; pr++) {
      if (github.comments("acme/infra", pr).isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
