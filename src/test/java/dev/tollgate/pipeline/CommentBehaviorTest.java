package dev.tollgate.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.policy.Config;
import dev.tollgate.report.CommentRenderer;
import dev.tollgate.support.HostStub;
import dev.tollgate.vcs.CodeHost;
import dev.tollgate.vcs.Limits;
import dev.tollgate.vcs.PullRequestRef;
import dev.tollgate.vcs.gitlab.GitLabAuth;
import dev.tollgate.vcs.gitlab.GitLabConfig;
import dev.tollgate.vcs.gitlab.GitLabHost;
import dev.tollgate.vcs.gitlab.GitLabNoteLifecycleTest;
import dev.tollgate.vcs.gitlab.NotesFake;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * comment.behavior, three runs each against recorded GitLab notes: update keeps one note; new adds
 * one per run; hide-and-new folds the earlier ones and adds one; delete-and-new leaves only the newest.
 */
class CommentBehaviorTest {

  static final PullRequestRef MR = PullRequestRef.of("lkysow/atlantis-example", 12);

  /** The Tollgate notes after three runs with {@code behavior}, oldest first. */
  List<String> threeRuns(Config.CommentBehavior behavior, List<PipelineOutcome.Comment> actions) throws Exception {
    NotesFake notes = GitLabNoteLifecycleTest.recordedNotes(3);
    try (HostStub gl = HostStub.start(notes)) {
      gl.server.stubFor(any(urlPathMatching("/api/v4/projects/[^/]+/merge_requests/12/notes(/\\d+)?"))
          .willReturn(aResponse().withTransformers(NotesFake.NAME)));
      CodeHost host = GitLabHost.connect(new GitLabConfig(URI.create(gl.url()),
          new GitLabAuth(GitLabAuth.Kind.PROJECT, "glpat-not-a-real-token"), Limits.DEFAULT, gl.waits()));
      for (int run = 1; run <= 3; run++) {
        actions.add(CommentPoster.post(host, MR, behavior, CommentRenderer.MARKER + "\nrun " + run));
      }
      return notes.notes().stream().map(n -> n.path("body").asText()).filter(b -> b.contains(CommentRenderer.MARKER))
          .map(b -> b.replace("\n", " ")).toList();
    }
  }

  @Test
  void update_edits_one_note_in_place() throws Exception {
    List<PipelineOutcome.Comment> actions = new java.util.ArrayList<>();
    assertThat(threeRuns(Config.CommentBehavior.UPDATE, actions)).containsExactly(CommentRenderer.MARKER + " run 3");
    assertThat(actions).containsExactly(PipelineOutcome.Comment.CREATED, PipelineOutcome.Comment.UPDATED, PipelineOutcome.Comment.UPDATED);
  }

  @Test
  void new_posts_a_note_every_run() throws Exception {
    List<PipelineOutcome.Comment> actions = new java.util.ArrayList<>();
    assertThat(threeRuns(Config.CommentBehavior.NEW, actions)).containsExactly(
        CommentRenderer.MARKER + " run 1", CommentRenderer.MARKER + " run 2", CommentRenderer.MARKER + " run 3");
    assertThat(actions).containsOnly(PipelineOutcome.Comment.CREATED);
  }

  @Test
  void hide_and_new_folds_the_earlier_notes_and_posts_a_new_one() throws Exception {
    List<PipelineOutcome.Comment> actions = new java.util.ArrayList<>();
    List<String> bodies = threeRuns(Config.CommentBehavior.HIDE_AND_NEW, actions);
    String folded = "<details><summary>Outdated: a newer Tollgate comment replaces this one</summary>  ";
    assertThat(bodies).containsExactly(folded + CommentRenderer.MARKER + " run 1  </details>",
        folded + CommentRenderer.MARKER + " run 2  </details>", CommentRenderer.MARKER + " run 3");
    assertThat(actions).containsExactly(PipelineOutcome.Comment.CREATED, PipelineOutcome.Comment.REPLACED, PipelineOutcome.Comment.REPLACED);
  }

  @Test
  void delete_and_new_leaves_only_the_newest_note() throws Exception {
    List<PipelineOutcome.Comment> actions = new java.util.ArrayList<>();
    assertThat(threeRuns(Config.CommentBehavior.DELETE_AND_NEW, actions)).containsExactly(CommentRenderer.MARKER + " run 3");
    assertThat(actions).containsExactly(PipelineOutcome.Comment.CREATED, PipelineOutcome.Comment.REPLACED, PipelineOutcome.Comment.REPLACED);
  }

}
