package dev.tollgate.vcs.gitlab;

import dev.tollgate.vcs.Branch;
import dev.tollgate.vcs.JsonFields;
import dev.tollgate.vcs.PullRequest;
import dev.tollgate.vcs.PullRequestRef;
import dev.tollgate.vcs.WebhookEvent;
import dev.tollgate.vcs.WebhookException;
import dev.tollgate.vcs.WebhookSecrets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * GitLab webhook deliveries as {@link WebhookEvent}s: {@code Merge Request Hook} (open, update, reopen,
 * close, merge) and {@code Note Hook} on a merge request; everything else is ignored. A push to the
 * merge request is an {@code update} that carries {@code oldrev}; a retarget changes
 * {@code target_branch}. The hook has neither the base commit nor the author's username: both are
 * left empty (ask {@link GitLabHost#pullRequest}).
 */
public final class GitLabWebhooks {

  private GitLabWebhooks() {}

  public static WebhookEvent verifyAndParse(String expectedToken, String tokenHeader, String eventHeader, byte[] body)
      throws WebhookException {
    WebhookSecrets.verifyGitLab(expectedToken, tokenHeader);
    return parse(eventHeader, body);
  }

  public static WebhookEvent parse(String eventHeader, byte[] body) throws WebhookException {
    if (eventHeader == null || eventHeader.isBlank()) {
      throw new WebhookException("X-Gitlab-Event is missing; not a GitLab delivery");
    }
    String event = eventHeader.trim();
    if (event.equals("Merge Request Hook") || event.equals("System Hook")) {
      JsonFields f = JsonFields.parse(body, "GitLab " + event + " delivery");
      if ("merge_request".equals(f.optText("object_kind").orElse(""))) {
        return mergeRequest(f);
      }
      return new WebhookEvent.Ignored(event, "a system hook that is not about a merge request");
    }
    if (event.equals("Note Hook")) {
      JsonFields f = JsonFields.parse(body, "GitLab Note Hook delivery");
      if (!"MergeRequest".equals(f.text("object_attributes.noteable_type"))) {
        return new WebhookEvent.Ignored(event, "a note on " + f.text("object_attributes.noteable_type") + ", not on a merge request");
      }
      PullRequestRef ref = PullRequestRef.of(f.text("project.path_with_namespace"), f.number("merge_request.iid"));
      return new WebhookEvent.CommentEvent(ref, f.optText("object_attributes.action").orElse("create"),
          f.number("object_attributes.id"), f.optText("user.username").orElse(""), f.text("object_attributes.note"),
          OptionalLong.empty());
    }
    return new WebhookEvent.Ignored(event, "Tollgate does not act on " + event + " deliveries");
  }

  private static WebhookEvent mergeRequest(JsonFields f) throws WebhookException {
    JsonFields mr = f.at("object_attributes");
    String project = f.text("project.path_with_namespace");
    PullRequestRef ref = PullRequestRef.of(project, mr.number("iid"));
    boolean fromFork = mr.number("source_project_id") != mr.number("target_project_id");
    String headRepo = fromFork ? mr.optText("source.path_with_namespace").orElse("") : project;
    List<String> labels = new ArrayList<>();
    for (JsonFields label : f.objects("labels")) {
      labels.add(label.text("title"));
    }
    String state = mr.text("state");
    PullRequest.State s = state.equals("merged") ? PullRequest.State.MERGED
        : state.equals("opened") ? PullRequest.State.OPEN : PullRequest.State.CLOSED;
    PullRequest pr = new PullRequest(ref, mr.optText("title").orElse(""), "", labels,
        new Branch(mr.text("target_branch"), "", project),
        new Branch(mr.text("source_branch"), mr.optText("last_commit.id").orElse(""), headRepo), fromFork, s);
    String action = mr.optText("action").orElse("");
    return new WebhookEvent.PullRequestEvent(action(action, mr.has("oldrev"), f.has("changes.target_branch")), action, pr,
        f.optText("user.username").orElse(""), OptionalLong.empty());
  }

  private static WebhookEvent.Action action(String action, boolean pushed, boolean retargeted) {
    switch (action) {
      case "open":
        return WebhookEvent.Action.OPENED;
      case "reopen":
        return WebhookEvent.Action.REOPENED;
      case "close":
        return WebhookEvent.Action.CLOSED;
      case "merge":
        return WebhookEvent.Action.MERGED;
      case "update":
        return pushed ? WebhookEvent.Action.PUSHED
            : retargeted ? WebhookEvent.Action.BASE_CHANGED : WebhookEvent.Action.EDITED;
      default:
        return WebhookEvent.Action.OTHER;
    }
  }
}
