package dev.tollgate.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.tollgate.pricing.catalog.PriceCatalog;
import dev.tollgate.report.CommentRenderer;
import dev.tollgate.support.HostStub;
import dev.tollgate.support.PrTrees;
import dev.tollgate.support.Shared;
import dev.tollgate.vcs.ChangedFile;
import dev.tollgate.vcs.Limits;
import dev.tollgate.vcs.WebhookEvent;
import dev.tollgate.vcs.WebhookSecrets;
import dev.tollgate.vcs.github.GitHubAuth;
import dev.tollgate.vcs.github.GitHubCommentLifecycleTest;
import dev.tollgate.vcs.github.GitHubConfig;
import dev.tollgate.vcs.github.GitHubHost;
import dev.tollgate.vcs.github.GitHubWebhooks;
import dev.tollgate.vcs.github.IssueCommentsFake;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GitHub's own pull_request deliveries (octokit's opened example, then two synchronize pushes) run
 * through the whole pipeline against WireMock serving recorded comment lists and check runs: one
 * comment, created once and edited twice, past 14 recorded comments on four pages; a check run per
 * push on that push's head commit, with the verdict and the annotations.
 */
class GitHubPipelineLifecycleTest {

  static final String SECRET = "webhook secret for tests";
  static final String CHECK_RUN = "reference/vcs/github-api-recordings/hub4j-github-api/src/test/resources/org/kohsuke/github/"
      + "GHCheckRunBuilderTest/wiremock/createCheckRun/__files/5-r_h_t_check-runs.json";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void opened_then_two_pushes_leave_one_comment_created_once_updated_twice_and_a_check_run_per_push() throws Exception {
    byte[] opened = Files.readAllBytes(Shared.path(GitHubCommentLifecycleTest.HOOKS + "opened.payload.json"));
    byte[] synchronize = Files.readAllBytes(Shared.path(GitHubCommentLifecycleTest.HOOKS + "synchronize.payload.json"));
    List<byte[]> deliveries = List.of(opened,
        GitHubCommentLifecycleTest.pushed(synchronize, "1111111111111111111111111111111111111111"),
        GitHubCommentLifecycleTest.pushed(synchronize, "2222222222222222222222222222222222222222"));
    List<String> heads = List.of("resized", "resized-and-volume", "resized");
    IssueCommentsFake comments = GitHubCommentLifecycleTest.recordedComments(4);
    int recorded = comments.comments().size();
    Path base = PrTrees.tree(tmp.resolve("base"), "base");
    PullRequestPipeline pipeline = new PullRequestPipeline(PipelineSettings.of(PriceCatalog.shipped())
        .withDetailsUrl("https://github.com/Codertocat/Hello-World/actions/runs/1"));
    try (HostStub gh = HostStub.start(comments)) {
      GitHubCommentLifecycleTest.serveRepositoryOf(gh, JSON.readTree(opened));
      gh.server.stubFor(post(urlPathEqualTo("/repos/Codertocat/Hello-World/check-runs"))
          .willReturn(okJson(Files.readString(Shared.path(CHECK_RUN))).withStatus(201)));
      GitHubHost host = GitHubHost.connect(new GitHubConfig(URI.create(gh.url()), new GitHubAuth.Token("ghs_not_a_real_token"),
          Limits.DEFAULT, gh.waits()));
      List<PipelineOutcome.Comment> posted = new ArrayList<>();
      List<String> shas = new ArrayList<>();
      for (int i = 0; i < deliveries.size(); i++) {
        WebhookEvent.PullRequestEvent e = (WebhookEvent.PullRequestEvent) GitHubWebhooks.verifyAndParse(SECRET,
            WebhookSecrets.gitHubSignature(SECRET, deliveries.get(i)), "pull_request", deliveries.get(i));
        Path head = PrTrees.tree(tmp.resolve("head" + i), "base", heads.get(i));
        PullRequestInput in = new PullRequestInput(e.pullRequest(),
            List.of(new ChangedFile("infra/main.tf", ChangedFile.Status.MODIFIED, Optional.empty())), base, head,
            CommentRenderer.Host.GITHUB);
        posted.add(pipeline.run(host, in).comment());
        shas.add(e.pullRequest().head().sha());
      }

      assertThat(posted).containsExactly(PipelineOutcome.Comment.CREATED, PipelineOutcome.Comment.UPDATED,
          PipelineOutcome.Comment.UPDATED);
      assertThat(gh.count(postRequestedFor(urlPathEqualTo("/repos/Codertocat/Hello-World/issues/2/comments")))).isEqualTo(1);
      long id = comments.comments().get(recorded).path("id").asLong();
      List<LoggedRequest> edits = gh.server.findAll(patchRequestedFor(urlPathMatching("/repos/Codertocat/Hello-World/issues/comments/\\d+")));
      assertThat(edits).hasSize(2).allSatisfy(r -> assertThat(r.getUrl()).endsWith("/issues/comments/" + id));
      assertThat(comments.comments()).hasSize(recorded + 1);
      assertThat(comments.comments().stream().filter(c -> c.path("body").asText().contains(CommentRenderer.MARKER)))
          .singleElement().satisfies(c -> assertThat(c.path("body").asText())
              .contains("<td>infra</td>").contains("<td align=\"right\">+&#36;62 (+745%)</td>")
              .contains("Budget check passed with warnings"));

      List<JsonNode> runs = new ArrayList<>();
      for (LoggedRequest r : gh.server.findAll(postRequestedFor(urlPathEqualTo("/repos/Codertocat/Hello-World/check-runs")))) {
        runs.add(JSON.readTree(r.getBodyAsString()));
      }
      assertThat(runs).extracting(r -> r.path("head_sha").asText()).containsExactlyElementsOf(shas);
      assertThat(runs).extracting(r -> r.path("conclusion").asText()).containsExactly("neutral", "failure", "neutral");
      assertThat(runs.get(1).path("output").path("title").asText()).isEqualTo("Fail: monthly cost +$102.49 ($8.39 → $110.88)");
      assertThat(runs.get(1).path("details_url").asText()).isEqualTo("https://github.com/Codertocat/Hello-World/actions/runs/1");
      JsonNode annotations = runs.get(1).path("output").path("annotations");
      assertThat(annotations).hasSize(2);
      assertThat(annotations.get(1).path("path").asText()).isEqualTo("infra/main.tf");
      assertThat(annotations.get(1).path("start_line").asInt()).isEqualTo(11);
      assertThat(annotations.get(1).path("annotation_level").asText()).isEqualTo("failure");
    }
  }
}
