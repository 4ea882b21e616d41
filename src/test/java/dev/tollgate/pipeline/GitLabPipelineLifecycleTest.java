package dev.tollgate.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

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
import dev.tollgate.vcs.gitlab.GitLabAuth;
import dev.tollgate.vcs.gitlab.GitLabConfig;
import dev.tollgate.vcs.gitlab.GitLabHost;
import dev.tollgate.vcs.gitlab.GitLabNoteLifecycleTest;
import dev.tollgate.vcs.gitlab.GitLabWebhooks;
import dev.tollgate.vcs.gitlab.NotesFake;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GitLab merge request (atlantis's recorded Merge Request Hook, then two pushes) through the whole
 * pipeline: one note, created once and edited twice past recorded notes on several pages, and a
 * commit status per push on its head commit.
 */
class GitLabPipelineLifecycleTest {

  static final String STATUS = "reference/vcs/gitlab-api-recordings/gitlab4j-api/gitlab4j-models/src/test/resources/org/gitlab4j/models/commit-status.json";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void open_then_two_pushes_leave_one_note_created_once_updated_twice_and_a_status_per_push() throws Exception {
    byte[] open = Files.readAllBytes(Shared.path(GitLabNoteLifecycleTest.HOOK));
    String first = JSON.readTree(open).path("object_attributes").path("last_commit").path("id").asText();
    String second = "1111111111111111111111111111111111111111";
    String third = "2222222222222222222222222222222222222222";
    List<byte[]> deliveries = List.of(open, GitLabNoteLifecycleTest.pushed(open, first, second),
        GitLabNoteLifecycleTest.pushed(open, second, third));
    List<String> heads = List.of("resized", "resized-and-volume", "resized-and-volume");
    NotesFake notes = GitLabNoteLifecycleTest.recordedNotes(3);
    int recorded = notes.notes().size();
    Path base = PrTrees.tree(tmp.resolve("base"), "base");
    PullRequestPipeline pipeline = new PullRequestPipeline(PipelineSettings.of(PriceCatalog.shipped()));
    try (HostStub gl = HostStub.start(notes)) {
      gl.server.stubFor(any(urlPathMatching("/api/v4/projects/[^/]+/merge_requests/12/notes(/\\d+)?"))
          .willReturn(aResponse().withTransformers(NotesFake.NAME)));
      gl.server.stubFor(post(urlPathMatching("/api/v4/projects/[^/]+/statuses/[0-9a-f]+"))
          .willReturn(okJson(Files.readString(Shared.path(STATUS))).withStatus(201)));
      GitLabHost host = GitLabHost.connect(new GitLabConfig(URI.create(gl.url()),
          new GitLabAuth(GitLabAuth.Kind.PROJECT, "glpat-not-a-real-token"), Limits.DEFAULT, gl.waits()));
      List<PipelineOutcome.Comment> posted = new ArrayList<>();
      for (int i = 0; i < deliveries.size(); i++) {
        WebhookEvent.PullRequestEvent e = (WebhookEvent.PullRequestEvent) GitLabWebhooks.verifyAndParse(
            "hook-token", "hook-token", "Merge Request Hook", deliveries.get(i));
        PullRequestInput in = new PullRequestInput(e.pullRequest(),
            List.of(new ChangedFile("infra/main.tf", ChangedFile.Status.MODIFIED, Optional.empty())), base,
            PrTrees.tree(tmp.resolve("head" + i), "base", heads.get(i)), CommentRenderer.Host.GITLAB);
        posted.add(pipeline.run(host, in).comment());
      }

      assertThat(posted).containsExactly(PipelineOutcome.Comment.CREATED, PipelineOutcome.Comment.UPDATED,
          PipelineOutcome.Comment.UPDATED);
      String notesPath = "/api/v4/projects/lkysow%2Fatlantis%2Dexample/merge_requests/12/notes";
      assertThat(gl.count(postRequestedFor(urlPathMatching(notesPath)))).isEqualTo(1);
      long id = notes.notes().get(recorded).path("id").asLong();
      assertThat(gl.server.findAll(putRequestedFor(urlPathMatching(notesPath + "/\\d+"))))
          .hasSize(2).allSatisfy(r -> assertThat(r.getUrl()).endsWith("/notes/" + id));
      assertThat(notes.notes()).hasSize(recorded + 1);
      assertThat(notes.notes().stream().filter(n -> n.path("body").asText().startsWith(CommentRenderer.MARKER)))
          .singleElement().satisfies(n -> assertThat(n.path("body").asText())
              .contains("<td align=\"right\">+&#36;102 (+1,221%)</td>").contains("<h4>❌ Budget check failed</h4>"));

      List<String> statuses = new ArrayList<>();
      for (LoggedRequest r : gl.server.findAll(postRequestedFor(urlPathMatching(".*/statuses/.*")))) {
        String form = URLDecoder.decode(r.getBodyAsString() + "&" + r.getUrl().replaceFirst(".*\\?", ""), StandardCharsets.UTF_8);
        statuses.add(r.getUrl().replaceFirst(".*/statuses/([0-9a-f]+).*", "$1") + " " + form.replaceFirst(".*state=(\\w+).*", "$1"));
      }
      assertThat(statuses).containsExactly(first + " success", second + " failed", third + " failed");
    }
  }
}
