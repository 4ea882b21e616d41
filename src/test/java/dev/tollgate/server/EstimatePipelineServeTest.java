package dev.tollgate.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.tollgate.jobs.QueueSettings;
import dev.tollgate.report.CommentRenderer;
import dev.tollgate.support.HostStub;
import dev.tollgate.support.PrTrees;
import dev.tollgate.support.Shared;
import dev.tollgate.vcs.github.GitHubCommentLifecycleTest;
import dev.tollgate.vcs.github.IssueCommentsFake;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tollgate serve with the real pipeline: GitHub's own opened delivery (signed) goes into a running
 * server whose GitHub (WireMock) answers as a GitHub App would: an installation token, the pull
 * request, its files, zip archives of the base and head (test-fixtures/pr's base and resized trees)
 * and recorded comment lists. It ends with one comment carrying the totals, one check run, and the
 * estimate in the history on the dashboard; a /tollgate recalculate comment from a writer updates
 * that same comment (one from a reader is ignored); the merge puts the estimate in the repository's trend.
 */
class EstimatePipelineServeTest {

  static final String HOOKS = GitHubCommentLifecycleTest.HOOKS;
  static final String REPO = "Codertocat/Hello-World";
  static final String REC = "reference/vcs/github-api-recordings/";
  static final String TOKEN_ANSWER = REC + "hub4j-github-api/src/test/resources/org/kohsuke/github/GHAppTest/wiremock/createToken/"
      + "__files/body-githubapp-create-installation-accesstokens.json";
  static final String CHECK_RUN = REC + "hub4j-github-api/src/test/resources/org/kohsuke/github/"
      + "GHCheckRunBuilderTest/wiremock/createCheckRun/__files/5-r_h_t_check-runs.json";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /** A GitHub repository archive: every file under one {@code owner-repo-sha/} folder. */
  static byte[] zipball(Path tree, String top) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(tree)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        zip.putNextEntry(new ZipEntry(top + "/" + tree.relativize(p).toString().replace('\\', '/')));
        zip.write(Files.readAllBytes(p));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  static String pem() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
        .encodeToString(g.generateKeyPair().getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
  }

  /** GitHub as the App sees it: the token exchange, the pull request and its files, archives, comments, checks. */
  HostStub gitHub(JsonNode opened, IssueCommentsFake comments) throws Exception {
    HostStub gh = HostStub.start(comments);
    GitHubCommentLifecycleTest.serveRepositoryOf(gh, opened);
    ObjectNode token = (ObjectNode) JSON.readTree(Files.readString(Shared.path(TOKEN_ANSWER)));
    token.put("expires_at", Instant.now().plus(Duration.ofHours(1)).toString());
    gh.server.stubFor(post(urlPathEqualTo("/app/installations/1/access_tokens")).willReturn(okJson(token.toString()).withStatus(201)));
    JsonNode pr = opened.path("pull_request");
    gh.server.stubFor(get(urlPathEqualTo("/repos/" + REPO + "/pulls/2")).willReturn(okJson(pr.toString())));
    ObjectNode file = (ObjectNode) JSON.readTree(Files.readString(Shared.path(REC + "danger/spec/fixtures/github_api/inline_comments_pr_diff_files.json"))).get(0);
    file.put("filename", "infra/main.tf").put("status", "modified");
    gh.server.stubFor(get(urlPathEqualTo("/repos/" + REPO + "/pulls/2/files")).willReturn(okJson("[" + file + "]")));
    String base = pr.path("base").path("sha").asText();
    String head = pr.path("head").path("sha").asText();
    gh.server.stubFor(get(urlPathEqualTo("/repos/" + REPO + "/zipball/" + base)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/zip").withBody(zipball(PrTrees.tree(tmp.resolve("base"), "base"), "Codertocat-Hello-World-" + base))));
    gh.server.stubFor(get(urlPathEqualTo("/repos/" + REPO + "/zipball/" + head)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/zip").withBody(zipball(PrTrees.tree(tmp.resolve("head"), "base", "resized"), "Codertocat-Hello-World-" + head))));
    gh.server.stubFor(post(urlPathEqualTo("/repos/" + REPO + "/check-runs")).willReturn(okJson(Files.readString(Shared.path(CHECK_RUN))).withStatus(201)));
    // Hand-written in GitHub's documented shape (no recording has it): Codertocat is an admin of the repository.
    gh.server.stubFor(get(urlPathEqualTo("/repos/" + REPO + "/collaborators/Codertocat/permission"))
        .willReturn(okJson("{\"permission\":\"admin\",\"role_name\":\"admin\",\"user\":{\"login\":\"Codertocat\",\"id\":21031067}}")));
    gh.server.stubFor(get(urlPathEqualTo("/repos/" + REPO + "/collaborators/stranger/permission"))
        .willReturn(okJson("{\"permission\":\"read\",\"role_name\":\"read\",\"user\":{\"login\":\"stranger\",\"id\":7}}")));
    return gh;
  }

  ServerConfig config(HostStub gh) throws Exception {
    CodeHostSettings hosts = new CodeHostSettings(Optional.of("12345"), Optional.of(Secret.of(pem())), Optional.empty(),
        URI.create(gh.url()), URI.create("https://gitlab.com"), Optional.empty());
    return new ServerConfig("127.0.0.1", 0, tmp.resolve("data"), Optional.empty(), Optional.empty(),
        Optional.of(Secret.of(Servers.GITHUB_SECRET)), Optional.empty(), 2, 1 << 20, QueueSettings.DEFAULT, Duration.ofMillis(100),
        ServerConfig.Pipeline.ESTIMATE, Optional.empty(), Optional.empty(), hosts, Optional.empty());
  }

  static void awaitJobs(TollgateServer s, long finished) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (Servers.count(s, "SELECT COUNT(*) FROM jobs WHERE state IN ('done', 'failed')") < finished) {
      assertThat(System.nanoTime()).as("jobs still running after 60 s").isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  @Test
  void an_opened_pull_request_gets_one_comment_a_check_run_and_a_history_entry_then_recalculate_and_merge() throws Exception {
    byte[] opened = Files.readAllBytes(Shared.path(HOOKS + "opened.payload.json"));
    JsonNode delivery = JSON.readTree(opened);
    String head = delivery.path("pull_request").path("head").path("sha").asText();
    IssueCommentsFake comments = GitHubCommentLifecycleTest.recordedComments(100);
    int recorded = comments.comments().size();
    try (HostStub gh = gitHub(delivery, comments); TollgateServer server = Servers.start(config(gh), TollgateServer.handlerFor(config(gh)))) {
      assertThat(Servers.github(server, "pull_request", "delivery-opened", opened).statusCode()).isEqualTo(202);
      awaitJobs(server, 1);

      assertThat(Servers.string(server, "SELECT note FROM jobs")).isEqualTo("estimated");
      assertThat(gh.count(postRequestedFor(urlPathEqualTo("/repos/" + REPO + "/issues/2/comments")))).isEqualTo(1);
      String body = comments.comments().get(recorded).path("body").asText();
      assertThat(body).startsWith(CommentRenderer.MARKER + "\n")
          .contains("      <td>infra</td>\n      <td align=\"right\">+&#36;62</td>\n      <td align=\"right\">-</td>\n"
              + "      <td align=\"right\">+&#36;62 (+745%)</td>\n      <td align=\"right\">&#36;71</td>")
          .contains("<h4>⚠️ Budget check passed with warnings</h4>");
      List<LoggedRequest> runs = gh.server.findAll(postRequestedFor(urlPathEqualTo("/repos/" + REPO + "/check-runs")));
      assertThat(runs).hasSize(1);
      JsonNode run = JSON.readTree(runs.get(0).getBodyAsString());
      assertThat(run.path("head_sha").asText()).isEqualTo(head);
      assertThat(run.path("conclusion").asText()).isEqualTo("neutral");
      assertThat(run.path("output").path("title").asText()).isEqualTo("Warn: monthly cost +$62.49 ($8.39 → $70.88)");
      // Every call after the token exchange carries the installation token.
      assertThat(gh.server.findAll(getRequestedFor(urlPathMatching("/repos/.*"))))
          .allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("token bogus"));
      assertThat(Servers.count(server, "SELECT COUNT(*) FROM estimates")).isEqualTo(1);
      String dashboard = Servers.get(server, "/").body();
      assertThat(dashboard).contains("data-repo=\"github:" + REPO + "\"")
          .contains("<tr><td>#2</td><td><code>" + head.substring(0, 7) + "</code></td><td>warn</td><td class=\"n\">$70.88</td>"
              + "<td class=\"n\">+$62.49</td><td class=\"n\">0</td><td>no</td>");

      ObjectNode comment = (ObjectNode) JSON.readTree(Files.readAllBytes(Shared.path(
          "reference/vcs/github-webhooks/octokit-webhooks/payload-examples/api.github.com/issue_comment/created.with-installation.payload.json")));
      ((ObjectNode) comment.get("issue")).put("number", 2).putObject("pull_request").put("url", "https://api.github.com/repos/" + REPO + "/pulls/2");
      ((ObjectNode) comment.get("comment")).put("body", "/tollgate recalculate");
      assertThat(Servers.github(server, "issue_comment", "delivery-recalculate", JSON.writeValueAsBytes(comment)).statusCode()).isEqualTo(202);
      awaitJobs(server, 2);
      assertThat(gh.count(postRequestedFor(urlPathEqualTo("/repos/" + REPO + "/issues/2/comments")))).isEqualTo(1);
      assertThat(gh.count(patchRequestedFor(urlPathMatching("/repos/" + REPO + "/issues/comments/\\d+")))).isEqualTo(1);
      assertThat(comments.comments()).hasSize(recorded + 1);

      ((ObjectNode) comment.get("comment").get("user")).put("login", "stranger");
      assertThat(Servers.github(server, "issue_comment", "delivery-stranger", JSON.writeValueAsBytes(comment)).statusCode()).isEqualTo(202);
      awaitJobs(server, 3);
      assertThat(Servers.string(server, "SELECT note FROM jobs ORDER BY id DESC LIMIT 1"))
          .isEqualTo("ignored: stranger cannot write to " + REPO);
      assertThat(gh.count(patchRequestedFor(urlPathMatching("/repos/" + REPO + "/issues/comments/\\d+")))).isEqualTo(1);

      ObjectNode closed = (ObjectNode) JSON.readTree(Files.readAllBytes(Shared.path(HOOKS + "closed.payload.json")));
      ((ObjectNode) closed.get("pull_request")).put("merged", true).put("number", 2).set("head", delivery.path("pull_request").path("head"));
      assertThat(Servers.github(server, "pull_request", "delivery-merged", JSON.writeValueAsBytes(closed)).statusCode()).isEqualTo(202);
      awaitJobs(server, 4);
      assertThat(Servers.count(server, "SELECT COUNT(*) FROM estimates WHERE merged = 1")).isEqualTo(1);
      assertThat(Servers.get(server, "/").body()).contains("Monthly cost after the last merged change: <strong class=\"current\">$70.88</strong>");
      assertThat(gh.count(postRequestedFor(urlPathEqualTo("/repos/" + REPO + "/check-runs")))).isEqualTo(2);
    }
  }
}
