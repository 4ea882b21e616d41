package dev.tollgate.vcs.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.support.Shared;
import dev.tollgate.vcs.PullRequest;
import dev.tollgate.vcs.WebhookEvent;
import dev.tollgate.vcs.WebhookEvent.Action;
import dev.tollgate.vcs.WebhookException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Real GitHub deliveries from ../shared/reference/vcs/github-webhooks parsed into records. */
class GitHubWebhooksTest {

  static final String HOOKS = "reference/vcs/github-webhooks/";
  static final String OCTOKIT = HOOKS + "octokit-webhooks/payload-examples/api.github.com/";
  static final String HUB4J = HOOKS + "hub4j-github-api/src/test/resources/org/kohsuke/github/GHEventPayloadTest/";

  static WebhookEvent parse(String event, String relative) throws Exception {
    return GitHubWebhooks.parse(event, Files.readAllBytes(Shared.path(relative)));
  }

  static WebhookEvent.PullRequestEvent pr(String relative) throws Exception {
    return (WebhookEvent.PullRequestEvent) parse("pull_request", relative);
  }

  @Test
  void opened_carries_the_pull_request_facts() throws Exception {
    WebhookEvent.PullRequestEvent e = pr(OCTOKIT + "pull_request/opened.payload.json");
    PullRequest p = e.pullRequest();
    assertThat(e.action()).isEqualTo(Action.OPENED);
    assertThat(p.ref().toString()).isEqualTo("Codertocat/Hello-World#2");
    assertThat(p.title()).isEqualTo("Update the README with new information.");
    assertThat(p.author()).isEqualTo("Codertocat");
    assertThat(p.base().name()).isEqualTo("master");
    assertThat(p.base().sha()).startsWith("f95f852b");
    assertThat(p.head().name()).isEqualTo("changes");
    assertThat(p.head().sha()).startsWith("ec26c3e5");
    assertThat(p.fromFork()).isFalse();
    assertThat(p.state()).isEqualTo(PullRequest.State.OPEN);
    assertThat(e.installationId()).hasValue(1);
    assertThat(e.actor()).isEqualTo("Codertocat");
  }

  @Test
  void synchronize_reopened_and_labeled_map_to_pushed_reopened_and_other() throws Exception {
    assertThat(pr(OCTOKIT + "pull_request/synchronize.payload.json").action()).isEqualTo(Action.PUSHED);
    assertThat(pr(OCTOKIT + "pull_request/reopened.payload.json").action()).isEqualTo(Action.REOPENED);
    WebhookEvent.PullRequestEvent labeled = pr(OCTOKIT + "pull_request/labeled.payload.json");
    assertThat(labeled.action()).isEqualTo(Action.OTHER);
    assertThat(labeled.rawAction()).isEqualTo("labeled");
    assertThat(labeled.pullRequest().labels()).containsExactly("bug");
  }

  @Test
  void edited_is_base_changed_only_when_the_base_moved() throws Exception {
    WebhookEvent.PullRequestEvent base = pr(HUB4J + "pull_request_edited_base.json");
    assertThat(base.action()).isEqualTo(Action.BASE_CHANGED);
    assertThat(base.pullRequest().labels()).containsExactly("rest api");
    assertThat(pr(HUB4J + "pull_request_edited_title.json").action()).isEqualTo(Action.EDITED);
  }

  @Test
  void closed_is_merged_or_closed_and_a_fork_is_recognised() throws Exception {
    WebhookEvent.PullRequestEvent closed = pr(HOOKS + "atlantis/server/controllers/events/testdata/githubPullRequestClosedEvent.json");
    assertThat(closed.action()).isEqualTo(Action.CLOSED);
    assertThat(closed.pullRequest().state()).isEqualTo(PullRequest.State.CLOSED);
    WebhookEvent.PullRequestEvent merged = pr(HOOKS + "reallyfastci/test/data/webhook/webhook-pr-close.json");
    assertThat(merged.action()).isEqualTo(Action.MERGED);
    assertThat(merged.pullRequest().fromFork()).isTrue();
    assertThat(merged.pullRequest().head().repo()).isEqualTo("byao1276/gcbapp-buildconfig-example");
    assertThat(merged.installationId()).isEmpty();
  }

  @Test
  void a_comment_on_a_pull_request_is_a_comment_event_and_one_on_an_issue_is_ignored() throws Exception {
    WebhookEvent.CommentEvent c = (WebhookEvent.CommentEvent) parse("issue_comment",
        HOOKS + "all-contributors-app/test/fixtures/issue_comment.created.json");
    assertThat(c.pullRequest().toString()).isEqualTo("all-contributors/all-contributors-bot#1");
    assertThat(c.commentId()).isEqualTo(453012966L);
    assertThat(c.body()).startsWith("@all-contributors please add jakebolam");
    assertThat(c.action()).isEqualTo("created");
    assertThat(c.installationId()).hasValue(11111);
    assertThat(parse("issue_comment", HUB4J + "issue_comment.json")).isEqualTo(
        new WebhookEvent.Ignored("issue_comment", "a comment on an issue, not on a pull request"));
  }

  @Test
  void installation_and_ping_are_parsed_and_other_events_ignored() throws Exception {
    WebhookEvent.InstallationEvent i = (WebhookEvent.InstallationEvent) parse("installation", OCTOKIT + "installation/created.payload.json");
    assertThat(i.action()).isEqualTo("created");
    assertThat(i.installationId()).isEqualTo(957387L);
    assertThat(i.account()).isEqualTo("Codertocat");
    assertThat(i.repositories()).containsExactly("Codertocat/Hello-World");
    assertThat(parse("ping", OCTOKIT + "ping/payload.json")).isEqualTo(new WebhookEvent.Ping(
        "Anything added dilutes everything else.", 109948940L));
    assertThat(parse("check_run", OCTOKIT + "check_run/created.payload.json")).isInstanceOf(WebhookEvent.Ignored.class);
  }

  @Test
  void bad_shapes_are_errors_that_name_the_field() {
    assertThatThrownBy(() -> GitHubWebhooks.parse("pull_request", bytes("{\"action\":\"opened\"}")))
        .isInstanceOf(WebhookException.class).hasMessage("pull_request: missing (expected in this kind of delivery)");
    assertThatThrownBy(() -> GitHubWebhooks.parse("pull_request", bytes(
        "{\"action\":\"opened\",\"repository\":{\"full_name\":\"a/b\"},\"pull_request\":{\"number\":\"7\"}}")))
        .hasMessage("pull_request.number: expected a whole number, found string");
    assertThatThrownBy(() -> GitHubWebhooks.parse("ping", bytes("[1,2]"))).hasMessage("GitHub ping delivery: the body is not a JSON object");
    assertThatThrownBy(() -> GitHubWebhooks.parse("ping", bytes("{\"zen\": "))).hasMessageStartingWith("GitHub ping delivery: the body is not JSON");
    assertThatThrownBy(() -> GitHubWebhooks.parse(null, bytes("{}"))).hasMessage("X-GitHub-Event is missing; not a GitHub delivery");
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
