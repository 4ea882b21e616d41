package dev.tollgate.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.tollgate.report.CommentRenderer;
import dev.tollgate.support.FakeGitHubComments;
import dev.tollgate.support.PrTrees;
import dev.tollgate.support.Shared;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ServeCrashIT's kill -9 with the real pipeline instead of the diagnostic comment: the packaged jar
 * with a GitHub token and a GitHub Enterprise API URL pointing at WireMock (pull request, files, zip
 * archives of test-fixtures/pr's base and resized trees, check runs, comments) estimates 60 pull
 * requests, is killed once 10 comments are in, is started again and given the unanswered deliveries:
 * every pull request ends with exactly one comment carrying its estimate, and one estimate each in the
 * history. No --pipeline flag: a configured code host makes estimate the default.
 */
class EstimateCrashIT {

  private static final int DELIVERIES = 60;
  private static final String REPO = "Codertocat/Hello-World";
  private static final String API = "/api/v3/repos/" + REPO;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void every_pull_request_is_estimated_and_commented_exactly_once_across_a_kill_9() throws Exception {
    String jar = System.getProperty("tollgate.jar", "target/tollgate.jar");
    assumeTrue(Files.isRegularFile(Path.of(jar)), "the packaged jar is not there: " + jar);
    FakeGitHubComments github = new FakeGitHubComments(100);
    WireMockServer wm = new WireMockServer(options().dynamicPort().extensions(github).containerThreads(40).jettyAcceptors(1));
    wm.start();
    JsonNode opened = JSON.readTree(Files.readAllBytes(Shared.path(
        "reference/vcs/github-webhooks/octokit-webhooks/payload-examples/api.github.com/pull_request/opened.payload.json")));
    serve(wm, opened);
    int port = ServeProcess.freePort();
    Path token = Files.writeString(dir.resolve("github-token"), "ghp_crash_test_token");
    try {
      Process first = ServeProcess.start(dir, jar, port, "first.log", "--github-token-file", token.toString(),
          "--github-api-url", "http://127.0.0.1:" + wm.port());
      Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
      Thread killer = new Thread(() -> {
        while (github.total() < 10 && first.isAlive()) {
          Thread.onSpinWait();
        }
        first.destroyForcibly();
      });
      killer.start();
      for (int pr = 1; pr <= DELIVERIES; pr++) {
        if (first.isAlive() && ServeProcess.deliver(port, REPO, pr) / 100 == 2) {
          acknowledged.add(pr);
        }
        Thread.sleep(40);
      }
      killer.join(60_000);
      assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
      int before = github.total();

      Process second = ServeProcess.start(dir, jar, port, "second.log", "--github-token-file", token.toString(),
          "--github-api-url", "http://127.0.0.1:" + wm.port());
      try {
        for (int pr = 1; pr <= DELIVERIES; pr++) {
          if (!acknowledged.contains(pr) || pr % 20 == 0) {
            assertThat(ServeProcess.deliver(port, REPO, pr) / 100).as("redelivery of PR %d", pr).isEqualTo(2);
          }
        }
        Servers.waitUntil(() -> jobsDone() == DELIVERIES, Duration.ofSeconds(120));
      } finally {
        second.destroy();
        second.waitFor(20, TimeUnit.SECONDS);
      }

      for (int pr = 1; pr <= DELIVERIES; pr++) {
        assertThat(github.comments(REPO, pr)).as("comments on PR %d", pr).hasSize(1);
        assertThat((String) github.comments(REPO, pr).get(0).get("body")).startsWith(CommentRenderer.MARKER)
            .contains("<td align=\"right\">+&#36;62 (+745%)</td>");
      }
      assertThat(wm.findAll(postRequestedFor(urlPathMatching(API + "/issues/\\d+/comments")))).hasSize(DELIVERIES);
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/tollgate.db"));
           ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*), COUNT(DISTINCT pr_number) FROM estimates")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(DELIVERIES);
        assertThat(rs.getInt(2)).isEqualTo(DELIVERIES);
      }
      System.out.printf("estimate crash test: %d of %d deliveries acknowledged before kill -9, %d comments posted before it,"
          + " %d edited after the restart%n", acknowledged.size(), DELIVERIES, before,
          wm.findAll(patchRequestedFor(urlPathMatching(".*"))).size());
    } finally {
      wm.stop();
    }
  }

  /** GitHub Enterprise (under /api/v3) for every pull request of the repository. */
  private void serve(WireMockServer wm, JsonNode opened) throws Exception {
    JsonNode pr = opened.path("pull_request");
    wm.stubFor(get(urlPathEqualTo(API)).willReturn(okJson(opened.path("repository").toString())));
    wm.stubFor(get(urlPathMatching(API + "/pulls/\\d+")).willReturn(okJson(pr.toString())));
    // github-api lists comments through the issue it read, so the issue must carry the number asked for.
    String issue = ((ObjectNode) pr.deepCopy()).put("number", 999_999).toString().replace("999999", "{{request.pathSegments.[6]}}");
    wm.stubFor(get(urlPathMatching(API + "/issues/\\d+")).willReturn(okJson(issue).withTransformers("response-template")));
    wm.stubFor(get(urlPathMatching(API + "/pulls/\\d+/files")).willReturn(okJson(
        "[{\"sha\":\"bbcd538c8e72b8c175046e27cc8f907076331401\",\"filename\":\"infra/main.tf\",\"status\":\"modified\","
            + "\"additions\":1,\"deletions\":1,\"changes\":2}]")));
    String base = pr.path("base").path("sha").asText();
    String head = pr.path("head").path("sha").asText();
    wm.stubFor(get(urlPathEqualTo(API + "/zipball/" + base)).willReturn(aResponse().withStatus(200)
        .withBody(EstimatePipelineServeTest.zipball(PrTrees.tree(dir.resolve("base"), "base"), "Hello-World-" + base))));
    wm.stubFor(get(urlPathEqualTo(API + "/zipball/" + head)).willReturn(aResponse().withStatus(200)
        .withBody(EstimatePipelineServeTest.zipball(PrTrees.tree(dir.resolve("head"), "base", "resized"), "Hello-World-" + head))));
    wm.stubFor(post(urlPathEqualTo(API + "/check-runs")).willReturn(okJson(Files.readString(Shared.path(EstimatePipelineServeTest.CHECK_RUN)))
        .withStatus(201)));
    wm.stubFor(any(urlPathMatching(API + "/issues/(\\d+/comments|comments/\\d+)"))
        .willReturn(aResponse().withTransformers(FakeGitHubComments.NAME)));
  }

  private int jobsDone() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/tollgate.db"));
         ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM jobs WHERE state = 'done'")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }
}
