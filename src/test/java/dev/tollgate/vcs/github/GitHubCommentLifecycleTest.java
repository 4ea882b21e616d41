package dev.tollgate.vcs.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.tollgate.support.HostStub;
import dev.tollgate.support.Shared;
import dev.tollgate.vcs.CodeHost;
import dev.tollgate.vcs.Limits;
import dev.tollgate.vcs.WebhookEvent;
import dev.tollgate.vcs.WebhookSecrets;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Replays GitHub's own pull_request deliveries (octokit/webhooks examples) through signature check,
 * parsing and the GitHub client, against comment lists recorded from real pull requests: one comment,
 * created once and then edited in place, found by its marker on the last of several pages.
 */
public class GitHubCommentLifecycleTest {

  public static final String HOOKS = "reference/vcs/github-webhooks/octokit-webhooks/payload-examples/api.github.com/pull_request/";
  static final String REC = "reference/vcs/github-api-recordings/";
  static final String PR_COMMENTS = REC + "hub4j-github-api/src/test/resources/org/kohsuke/github/GHPullRequestTest/wiremock/pullRequestComment/__files/";
  static final String MARKER = "<!-- tollgate:comment -->";
  static final String SECRET = "webhook secret for tests";
  static final ObjectMapper JSON = new ObjectMapper();

  public static IssueCommentsFake recordedComments(int pageCap) {
    return new IssueCommentsFake(List.of(
        Shared.path(REC + "danger/spec/fixtures/github_api/issue_comments.json"),
        Shared.path(REC + "danger-js/source/platforms/_tests/fixtures/github_comments.json"),
        Shared.path(PR_COMMENTS + "13-r_h_g_issues_461_comments.json")),
        Shared.path(PR_COMMENTS + "12-r_h_g_issues_461_comments.json"), pageCap);
  }

  /** GitHub's answers for the repository and for the pull request seen as an issue, as the delivery carries them. */
  public static void serveRepositoryOf(HostStub gh, JsonNode delivery) {
    String repo = delivery.path("repository").path("full_name").asText();
    long number = delivery.path("pull_request").path("number").asLong();
    gh.server.stubFor(get(urlPathEqualTo("/repos/" + repo)).willReturn(okJson(delivery.get("repository").toString())));
    gh.server.stubFor(get(urlPathEqualTo("/repos/" + repo + "/issues/" + number))
        .willReturn(okJson(delivery.get("pull_request").toString())));
    gh.server.stubFor(any(urlPathMatching("/repos/" + repo + "/issues/(" + number + "/comments|comments/\\d+)"))
        .willReturn(aResponse().withTransformers(IssueCommentsFake.NAME)));
  }

  static GitHubHost host(HostStub gh) throws Exception {
    return GitHubHost.connect(new GitHubConfig(URI.create(gh.url()), new GitHubAuth.Token("ghs_not_a_real_token"),
        Limits.DEFAULT, gh.waits()));
  }

  /** The delivery GitHub sends for a push: the synchronize example with the new head commit. */
  public static byte[] pushed(byte[] synchronize, String headSha) throws Exception {
    ObjectNode d = (ObjectNode) JSON.readTree(synchronize);
    ((ObjectNode) d.path("pull_request").path("head")).put("sha", headSha);
    d.put("after", headSha);
    return JSON.writeValueAsBytes(d);
  }

  @Test
  void opened_then_two_pushes_leave_one_comment_created_once_and_updated_twice() throws Exception {
    byte[] opened = Files.readAllBytes(Shared.path(HOOKS + "opened.payload.json"));
    byte[] synchronize = Files.readAllBytes(Shared.path(HOOKS + "synchronize.payload.json"));
    IssueCommentsFake comments = recordedComments(4);
    int recorded = comments.comments().size();
    try (HostStub gh = HostStub.start(comments)) {
      serveRepositoryOf(gh, JSON.readTree(opened));
      CodeHost host = host(gh);
      List<byte[]> deliveries = List.of(opened,
          pushed(synchronize, "1111111111111111111111111111111111111111"),
          pushed(synchronize, "2222222222222222222222222222222222222222"));
      List<Boolean> created = new ArrayList<>();
      for (byte[] delivery : deliveries) {
        WebhookEvent event = GitHubWebhooks.verifyAndParse(SECRET, WebhookSecrets.gitHubSignature(SECRET, delivery),
            "pull_request", delivery);
        WebhookEvent.PullRequestEvent pr = (WebhookEvent.PullRequestEvent) event;
        String body = MARKER + "\nMonthly cost change for " + pr.pullRequest().head().sha();
        created.add(host.upsertComment(pr.pullRequest().ref(), MARKER, body).created());
      }

      assertThat(created).containsExactly(true, false, false);
      assertThat(gh.count(postRequestedFor(urlPathEqualTo("/repos/Codertocat/Hello-World/issues/2/comments")))).isEqualTo(1);
      List<LoggedRequest> edits = gh.server.findAll(patchRequestedFor(urlPathMatching("/repos/Codertocat/Hello-World/issues/comments/\\d+")));
      assertThat(edits).hasSize(2);
      long id = comments.comments().get(recorded).path("id").asLong();
      assertThat(edits).allSatisfy(e -> assertThat(e.getUrl()).endsWith("/issues/comments/" + id));
      assertThat(comments.comments()).hasSize(recorded + 1);
      assertThat(comments.comments().stream().filter(c -> c.path("body").asText().contains(MARKER)))
          .singleElement()
          .satisfies(c -> assertThat(c.path("body").asText()).endsWith("2222222222222222222222222222222222222222"));
      // 14 recorded comments at 4 a page: the marker sits on page 4 and every search read all 4 pages.
      assertThat(gh.count(getRequestedFor(urlPathEqualTo("/repos/Codertocat/Hello-World/issues/2/comments"))))
          .isEqualTo(3 * 4);
    }
  }
}
