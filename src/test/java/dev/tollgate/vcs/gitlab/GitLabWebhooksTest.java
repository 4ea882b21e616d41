package dev.tollgate.vcs.gitlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.support.Shared;
import dev.tollgate.vcs.PullRequest;
import dev.tollgate.vcs.WebhookEvent;
import dev.tollgate.vcs.WebhookEvent.Action;
import dev.tollgate.vcs.WebhookException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Real GitLab deliveries from ../shared/reference/vcs/gitlab-webhooks parsed into records. */
class GitLabWebhooksTest {

  static final String HOOKS = "reference/vcs/gitlab-webhooks/";
  static final String ATLANTIS = HOOKS + "atlantis/server/events/testdata/";
  static final ObjectMapper JSON = new ObjectMapper();

  static WebhookEvent parse(String event, String relative) throws Exception {
    return GitLabWebhooks.parse(event, Files.readAllBytes(Shared.path(relative)));
  }

  static WebhookEvent.PullRequestEvent mr(String relative) throws Exception {
    return (WebhookEvent.PullRequestEvent) parse("Merge Request Hook", relative);
  }

  /** The recorded open delivery with another action, as GitLab sends it for a close or reopen. */
  static WebhookEvent.PullRequestEvent withAction(String action, String state) throws Exception {
    ObjectNode d = (ObjectNode) JSON.readTree(Files.readAllBytes(Shared.path(ATLANTIS + "gitlab-merge-request-event.json")));
    ((ObjectNode) d.get("object_attributes")).put("action", action).put("state", state);
    return (WebhookEvent.PullRequestEvent) GitLabWebhooks.parse("Merge Request Hook", JSON.writeValueAsBytes(d));
  }

  @Test
  void open_carries_the_merge_request_facts() throws Exception {
    WebhookEvent.PullRequestEvent e = mr(ATLANTIS + "gitlab-merge-request-event.json");
    PullRequest p = e.pullRequest();
    assertThat(e.action()).isEqualTo(Action.OPENED);
    assertThat(p.ref().toString()).isEqualTo("lkysow/atlantis-example#12");
    assertThat(p.head().sha()).startsWith("d2eae324");
    assertThat(p.base().sha()).isEmpty();
    assertThat(p.fromFork()).isFalse();
    assertThat(p.state()).isEqualTo(PullRequest.State.OPEN);
    assertThat(e.actor()).isEqualTo("lkysow");
    assertThat(e.installationId()).isEmpty();
  }

  @Test
  void update_is_a_push_only_with_oldrev() throws Exception {
    assertThat(mr(ATLANTIS + "gitlab-merge-request-event-update-new-commit.json").action()).isEqualTo(Action.PUSHED);
    WebhookEvent.PullRequestEvent labels = mr(ATLANTIS + "gitlab-merge-request-event-update-labels.json");
    assertThat(labels.action()).isEqualTo(Action.EDITED);
    assertThat(labels.pullRequest().labels()).containsExactly("aaaa");
    assertThat(mr(ATLANTIS + "gitlab-merge-request-event-update-title.json").action()).isEqualTo(Action.EDITED);
    assertThat(mr(HOOKS + "go-gitlab/testdata/webhooks/service_merge_request.json").action()).isEqualTo(Action.PUSHED);
  }

  @Test
  void close_reopen_and_merge_map_to_their_actions() throws Exception {
    assertThat(withAction("close", "closed").action()).isEqualTo(Action.CLOSED);
    assertThat(withAction("close", "closed").pullRequest().state()).isEqualTo(PullRequest.State.CLOSED);
    assertThat(withAction("reopen", "opened").action()).isEqualTo(Action.REOPENED);
    assertThat(withAction("merge", "merged").pullRequest().state()).isEqualTo(PullRequest.State.MERGED);
  }

  @Test
  void docs_and_gitlab4j_examples_parse_too() throws Exception {
    WebhookEvent.PullRequestEvent docs = mr(HOOKS + "gitlab-docs/merge-request-hook-open.json");
    assertThat(docs.pullRequest().ref().toString()).isEqualTo("gitlabhq/gitlab-test#1");
    assertThat(docs.pullRequest().labels()).containsExactly("API");
    assertThat(docs.action()).isEqualTo(Action.OPENED);
    assertThat(mr(HOOKS + "gitlab4j-api/gitlab4j-models/src/test/resources/org/gitlab4j/models/merge-request-event.json")
        .pullRequest().head().sha()).startsWith("da156088");
  }

  @Test
  void a_note_on_a_merge_request_is_a_comment_event_and_other_notes_are_ignored() throws Exception {
    WebhookEvent.CommentEvent c = (WebhookEvent.CommentEvent) parse("Note Hook", ATLANTIS + "gitlab-merge-request-comment-event-subgroup.json");
    assertThat(c.pullRequest().toString()).isEqualTo("lkysow-test/subgroup/sub-subgroup/atlantis-example#2");
    assertThat(c.author()).isEqualTo("lkysow");
    WebhookEvent.CommentEvent docs = (WebhookEvent.CommentEvent) parse("Note Hook", HOOKS + "gitlab-docs/note-hook-merge-request.json");
    assertThat(docs.pullRequest().toString()).isEqualTo("gitlab-org/gitlab-test#1");
    assertThat(docs.action()).isEqualTo("create");
    assertThat(parse("Note Hook", HOOKS + "gitlab-docs/note-hook-issue.json")).isEqualTo(
        new WebhookEvent.Ignored("Note Hook", "a note on Issue, not on a merge request"));
    assertThat(parse("Push Hook", HOOKS + "gitlab-docs/push-hook.json")).isInstanceOf(WebhookEvent.Ignored.class);
  }

  @Test
  void a_wrong_token_is_refused_before_parsing_and_bad_shapes_name_the_field() {
    byte[] notJson = "not json at all".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GitLabWebhooks.verifyAndParse("right", "wrong", "Merge Request Hook", notJson))
        .isInstanceOf(WebhookException.class).hasMessage("X-Gitlab-Token does not match the configured token");
    assertThatThrownBy(() -> GitLabWebhooks.parse("Merge Request Hook", bytes(
        "{\"object_kind\":\"merge_request\",\"project\":{\"path_with_namespace\":\"a/b\"},\"object_attributes\":{\"iid\":null}}")))
        .hasMessage("object_attributes.iid: missing (expected in this kind of delivery)");
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
