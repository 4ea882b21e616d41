package dev.tollgate.vcs.gitlab;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.tollgate.support.HostStub;
import dev.tollgate.support.RawHttp;
import dev.tollgate.support.Shared;
import dev.tollgate.vcs.CodeHost;
import dev.tollgate.vcs.Comment;
import dev.tollgate.vcs.Limits;
import dev.tollgate.vcs.PullRequestRef;
import dev.tollgate.vcs.WebhookEvent;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A GitLab merge request opened and pushed to twice (atlantis's recorded Merge Request Hook, then that
 * delivery as GitLab sends it for a push: action update with oldrev) keeps one note, created once and
 * edited twice, found by its marker past recorded notes on several pages.
 */
public class GitLabNoteLifecycleTest {

  public static final String HOOK = "reference/vcs/gitlab-webhooks/atlantis/server/events/testdata/gitlab-merge-request-event.json";
  static final String DANGER = "reference/vcs/gitlab-api-recordings/danger/spec/fixtures/gitlab_api/";
  static final String NOTE = "reference/vcs/gitlab-api-recordings/gitlab4j-api/gitlab4j-models/src/test/resources/org/gitlab4j/models/merge-request-note.json";
  static final String MARKER = "<!-- tollgate:comment -->";
  static final String TOKEN = "glpat-not-a-real-token";
  static final ObjectMapper JSON = new ObjectMapper();

  public static NotesFake recordedNotes(int pageCap) throws Exception {
    return new NotesFake(List.of(
        RawHttp.body(Shared.path(DANGER + "merge_request_1_comments_existing_danger_comment_response.json")),
        RawHttp.body(Shared.path(DANGER + "merge_request_1_comments_response.json"))),
        Files.readString(Shared.path(NOTE)), pageCap);
  }

  public static byte[] pushed(byte[] open, String oldrev, String newHead) throws Exception {
    ObjectNode d = (ObjectNode) JSON.readTree(open);
    ObjectNode mr = (ObjectNode) d.get("object_attributes");
    mr.put("action", "update").put("oldrev", oldrev);
    ((ObjectNode) mr.get("last_commit")).put("id", newHead);
    return JSON.writeValueAsBytes(d);
  }

  @Test
  void hiding_folds_the_note_into_a_details_block_and_deleting_removes_it() throws Exception {
    NotesFake notes = recordedNotes(3);
    try (HostStub gl = HostStub.start(notes)) {
      gl.server.stubFor(any(urlPathMatching("/api/v4/projects/[^/]+/merge_requests/12/notes(/\\d+)?"))
          .willReturn(aResponse().withTransformers(NotesFake.NAME)));
      CodeHost host = GitLabHost.connect(new GitLabConfig(URI.create(gl.url()),
          new GitLabAuth(GitLabAuth.Kind.GROUP, TOKEN), Limits.DEFAULT, gl.waits()));
      PullRequestRef pr = PullRequestRef.of("lkysow/atlantis-example", 12);
      Comment old = host.createComment(pr, MARKER + " old estimate");
      host.hideComment(pr, old);
      assertThat(notes.notes().get(notes.notes().size() - 1).path("body").asText())
          .startsWith("<details><summary>Outdated: a newer Tollgate comment replaces this one</summary>")
          .contains(MARKER + " old estimate").endsWith("</details>");
      int before = notes.notes().size();
      host.deleteComment(pr, old);
      assertThat(notes.notes()).hasSize(before - 1);
      assertThat(host.findComment(pr, MARKER)).isEmpty();
    }
  }

  @Test
  void open_then_two_pushes_leave_one_note_created_once_and_updated_twice() throws Exception {
    byte[] open = Files.readAllBytes(Shared.path(HOOK));
    String firstHead = JSON.readTree(open).path("object_attributes").path("last_commit").path("id").asText();
    NotesFake notes = recordedNotes(3);
    int recorded = notes.notes().size();
    try (HostStub gl = HostStub.start(notes)) {
      gl.server.stubFor(any(urlPathMatching("/api/v4/projects/[^/]+/merge_requests/12/notes(/\\d+)?"))
          .willReturn(aResponse().withTransformers(NotesFake.NAME)));
      CodeHost host = GitLabHost.connect(new GitLabConfig(URI.create(gl.url()),
          new GitLabAuth(GitLabAuth.Kind.PROJECT, TOKEN), Limits.DEFAULT, gl.waits()));
      String second = "1111111111111111111111111111111111111111";
      String third = "2222222222222222222222222222222222222222";
      List<byte[]> deliveries = List.of(open, pushed(open, firstHead, second), pushed(open, second, third));
      List<WebhookEvent.Action> actions = new ArrayList<>();
      List<Boolean> created = new ArrayList<>();
      for (byte[] delivery : deliveries) {
        WebhookEvent.PullRequestEvent e = (WebhookEvent.PullRequestEvent) GitLabWebhooks.verifyAndParse(
            "hook-token", "hook-token", "Merge Request Hook", delivery);
        actions.add(e.action());
        String body = MARKER + "\nMonthly cost change for " + e.pullRequest().head().sha();
        created.add(host.upsertComment(e.pullRequest().ref(), MARKER, body).created());
      }

      assertThat(actions).containsExactly(WebhookEvent.Action.OPENED, WebhookEvent.Action.PUSHED, WebhookEvent.Action.PUSHED);
      assertThat(created).containsExactly(true, false, false);
      String notesPath = "/api/v4/projects/lkysow%2Fatlantis%2Dexample/merge_requests/12/notes";
      assertThat(gl.count(postRequestedFor(urlPathMatching(notesPath)))).isEqualTo(1);
      long id = notes.notes().get(recorded).path("id").asLong();
      List<LoggedRequest> edits = gl.server.findAll(putRequestedFor(urlPathMatching(notesPath + "/\\d+")));
      assertThat(edits).hasSize(2).allSatisfy(r -> assertThat(r.getUrl()).endsWith("/notes/" + id));
      assertThat(edits).allSatisfy(r -> assertThat(r.getHeader("PRIVATE-TOKEN")).isEqualTo(TOKEN));
      assertThat(notes.notes()).hasSize(recorded + 1);
      assertThat(notes.notes().stream().filter(n -> n.path("body").asText().contains(MARKER)))
          .singleElement().satisfies(n -> assertThat(n.path("body").asText()).endsWith(third));
      // 8 recorded notes at 3 a page: 3 pages before the note exists, 3 after; every search reads them all.
      assertThat(gl.count(getRequestedFor(urlPathMatching(notesPath)))).isEqualTo(3 + 3 + 3);
    }
  }
}
