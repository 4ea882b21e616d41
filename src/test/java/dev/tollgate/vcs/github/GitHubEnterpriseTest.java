package dev.tollgate.vcs.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.support.HostStub;
import dev.tollgate.support.Shared;
import dev.tollgate.vcs.CheckReport;
import dev.tollgate.vcs.Comment;
import dev.tollgate.vcs.Limits;
import dev.tollgate.vcs.PullRequestRef;
import dev.tollgate.vcs.RepoRef;
import dev.tollgate.vcs.VcsException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GitHub Enterprise Server addressing (REST under {@code /api/v3}, GraphQL at {@code /api/graphql}),
 * exercised by hiding and deleting the comment and by the commit-status fallback for tokens that may
 * not create check runs.
 */
class GitHubEnterpriseTest {

  static final String HOOK = "reference/vcs/github-webhooks/octokit-webhooks/payload-examples/api.github.com/pull_request/opened.payload.json";
  static final String MARKER = "<!-- tollgate:comment -->";

  static String stub(String name) throws IOException {
    try (InputStream in = GitHubEnterpriseTest.class.getResourceAsStream("/dev/tollgate/vcs/stubs/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A GHE server: the delivery's repository and pull request under /api/v3, comments from recordings. */
  static HostStub enterprise(IssueCommentsFake comments) throws Exception {
    HostStub ghe = HostStub.start(comments);
    JsonNode delivery = Recorded.JSON.readTree(Files.readString(Shared.path(HOOK)));
    ghe.server.stubFor(get(urlPathEqualTo("/api/v3/repos/Codertocat/Hello-World")).willReturn(okJson(delivery.get("repository").toString())));
    ghe.server.stubFor(get(urlPathEqualTo("/api/v3/repos/Codertocat/Hello-World/issues/2")).willReturn(okJson(delivery.get("pull_request").toString())));
    ghe.server.stubFor(any(urlPathMatching("/api/v3/repos/Codertocat/Hello-World/issues/(2/comments|comments/\\d+)"))
        .willReturn(aResponse().withTransformers(IssueCommentsFake.NAME)));
    return ghe;
  }

  static GitHubHost host(HostStub ghe) throws Exception {
    URI api = GitHubConfig.apiUrlFor(ghe.url());
    assertThat(api.toString()).isEqualTo(ghe.url() + "/api/v3");
    return GitHubHost.connect(new GitHubConfig(api, new GitHubAuth.Token("ghp_test"), Limits.DEFAULT, ghe.waits()));
  }

  @Test
  void enterprise_urls_are_derived_from_what_a_user_types() {
    assertThat(GitHubConfig.apiUrlFor("https://ghe.example.com")).hasToString("https://ghe.example.com/api/v3");
    assertThat(GitHubConfig.apiUrlFor("ghe.example.com/")).hasToString("https://ghe.example.com/api/v3");
    assertThat(GitHubConfig.apiUrlFor("https://ghe.example.com/api/v3")).hasToString("https://ghe.example.com/api/v3");
    assertThat(GitHubConfig.apiUrlFor("https://github.com")).hasToString("https://api.github.com");
    assertThat(GitHubConfig.apiUrlFor(null)).hasToString("https://api.github.com");
    assertThat(GitHubConfig.of(URI.create("https://ghe.example.com/api/v3/"), new GitHubAuth.Token("t")).graphQlUrl())
        .hasToString("https://ghe.example.com/api/graphql");
    assertThat(GitHubConfig.of(GitHubConfig.GITHUB_COM, new GitHubAuth.Token("t")).graphQlUrl())
        .hasToString("https://api.github.com/graphql");
  }

  @Test
  void hiding_minimises_the_found_comment_as_outdated_through_enterprise_graphql() throws Exception {
    IssueCommentsFake comments = GitHubCommentLifecycleTest.recordedComments(5);
    try (HostStub ghe = enterprise(comments)) {
      ghe.server.stubFor(post(urlPathEqualTo("/api/graphql")).willReturn(okJson(stub("graphql-minimize-ok.json"))));
      GitHubHost host = host(ghe);
      PullRequestRef pr = PullRequestRef.of("Codertocat/Hello-World", 2);
      Comment old = host.createComment(pr, MARKER + " old estimate");

      host.hideComment(pr, host.findComment(pr, MARKER).orElseThrow());

      String nodeId = comments.comments().stream().filter(c -> c.path("id").asLong() == old.id()).findFirst().orElseThrow()
          .path("node_id").asText();
      ghe.server.verify(postRequestedFor(urlPathEqualTo("/api/graphql"))
          .withHeader("Authorization", equalTo("token ghp_test"))
          .withRequestBody(equalToJson("{\"variables\":{\"id\":\"" + nodeId + "\"}}", true, true)));
    }
  }

  @Test
  void a_refused_minimise_names_the_permission_and_deleting_removes_the_comment() throws Exception {
    IssueCommentsFake comments = GitHubCommentLifecycleTest.recordedComments(5);
    try (HostStub ghe = enterprise(comments)) {
      ghe.server.stubFor(post(urlPathEqualTo("/api/graphql")).willReturn(okJson(stub("graphql-minimize-forbidden.json"))));
      GitHubHost host = host(ghe);
      PullRequestRef pr = PullRequestRef.of("Codertocat/Hello-World", 2);
      Comment mine = host.createComment(pr, MARKER + " estimate");
      assertThatThrownBy(() -> host.hideComment(pr, mine)).isInstanceOf(VcsException.Forbidden.class)
          .hasMessage("GitHub answered 403 for Codertocat/Hello-World: the token needs pull_requests:write to hide its comment "
              + "(GitHub said: Resource not accessible by integration)");

      int before = comments.comments().size();
      host.deleteComment(pr, mine);
      assertThat(comments.comments()).hasSize(before - 1);
      assertThat(host.findComment(pr, MARKER)).isEmpty();
    }
  }

  @Test
  void a_token_that_may_not_create_check_runs_sets_a_commit_status_instead() throws Exception {
    String status = Recorded.JSON.readTree(Files.readString(Shared.path(Recorded.API
        + "octokit-fixtures/scenarios/api.github.com/create-status/normalized-fixture.json"))).get(0).path("response").toString();
    try (HostStub ghe = enterprise(GitHubCommentLifecycleTest.recordedComments(5))) {
      String sha = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";
      ghe.server.stubFor(post(urlPathEqualTo("/api/v3/repos/Codertocat/Hello-World/check-runs"))
          .willReturn(aResponse().withStatus(403).withBody(stub("github-check-runs-403-pat.json"))));
      ghe.server.stubFor(post(urlPathEqualTo("/api/v3/repos/Codertocat/Hello-World/statuses/" + sha))
          .willReturn(okJson(status).withStatus(201)));
      host(ghe).setCheck(new RepoRef("Codertocat/Hello-World"), sha, new CheckReport("tollgate", CheckReport.Conclusion.NEUTRAL,
          "Monthly cost +$42.00 (warn: over $40)", "summary", "", List.of()));
      JsonNode sent = Recorded.JSON.readTree(ghe.server.findAll(postRequestedFor(urlPathMatching(".*/statuses/.*"))).get(0).getBodyAsString());
      assertThat(sent.path("state").asText()).isEqualTo("success");
      assertThat(sent.path("context").asText()).isEqualTo("tollgate");
      assertThat(sent.path("description").asText()).isEqualTo("Monthly cost +$42.00 (warn: over $40)");
    }
  }
}
