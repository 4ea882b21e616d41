package dev.tollgate.vcs.github;

import dev.tollgate.vcs.Branch;
import dev.tollgate.vcs.JsonFields;
import dev.tollgate.vcs.PullRequest;
import dev.tollgate.vcs.PullRequestRef;
import dev.tollgate.vcs.WebhookEvent;
import dev.tollgate.vcs.WebhookException;
import dev.tollgate.vcs.WebhookSecrets;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub webhook deliveries as {@link WebhookEvent}s: {@code pull_request}, {@code issue_comment} on a
 * pull request, {@code installation} and {@code ping}; everything else is {@link WebhookEvent.Ignored}.
 * Call {@link #verifyAndParse} with the raw body: the signature is checked before anything is parsed.
 */
public final class GitHubWebhooks {

  private GitHubWebhooks() {}

  public static WebhookEvent verifyAndParse(String secret, String signatureHeader, String eventHeader, byte[] body)
      throws WebhookException {
    WebhookSecrets.verifyGitHub(secret, body, signatureHeader);
    return parse(eventHeader, body);
  }

  /** Parses a delivery whose signature was already verified. */
  public static WebhookEvent parse(String eventHeader, byte[] body) throws WebhookException {
    if (eventHeader == null || eventHeader.isBlank()) {
      throw new WebhookException("X-GitHub-Event is missing; not a GitHub delivery");
    }
    String event = eventHeader.trim();
    switch (event) {
      case "pull_request":
        return pullRequest(JsonFields.parse(body, "GitHub pull_request delivery"));
      case "issue_comment":
        return comment(JsonFields.parse(body, "GitHub issue_comment delivery"));
      case "installation":
        return installation(JsonFields.parse(body, "GitHub installation delivery"));
      case "ping":
        JsonFields ping = JsonFields.parse(body, "GitHub ping delivery");
        return new WebhookEvent.Ping(ping.optText("zen").orElse(""), ping.number("hook_id"));
      default:
        return new WebhookEvent.Ignored(event, "Tollgate does not act on " + event + " deliveries");
    }
  }

  private static WebhookEvent pullRequest(JsonFields f) throws WebhookException {
    String action = f.text("action");
    JsonFields pr = f.at("pull_request");
    PullRequestRef ref = PullRequestRef.of(f.text("repository.full_name"), pr.number("number"));
    Branch base = branch(pr.at("base"));
    Branch head = branch(pr.at("head"));
    boolean fromFork = head.repo().isEmpty() || !head.repo().equalsIgnoreCase(base.repo());
    List<String> labels = new ArrayList<>();
    for (JsonFields label : pr.objects("labels")) {
      labels.add(label.text("name"));
    }
    boolean merged = pr.bool("merged", false);
    PullRequest.State state = merged ? PullRequest.State.MERGED
        : "closed".equals(pr.text("state")) ? PullRequest.State.CLOSED : PullRequest.State.OPEN;
    PullRequest request = new PullRequest(ref, pr.optText("title").orElse(""), pr.optText("user.login").orElse(""),
        labels, base, head, fromFork, state);
    return new WebhookEvent.PullRequestEvent(action(action, f.has("changes.base"), merged), action, request,
        f.optText("sender.login").orElse(""), f.optNumber("installation.id"));
  }

  private static WebhookEvent.Action action(String action, boolean baseChanged, boolean merged) {
    switch (action) {
      case "opened":
        return WebhookEvent.Action.OPENED;
      case "synchronize":
        return WebhookEvent.Action.PUSHED;
      case "reopened":
        return WebhookEvent.Action.REOPENED;
      case "edited":
        return baseChanged ? WebhookEvent.Action.BASE_CHANGED : WebhookEvent.Action.EDITED;
      case "closed":
        return merged ? WebhookEvent.Action.MERGED : WebhookEvent.Action.CLOSED;
      default:
        return WebhookEvent.Action.OTHER;
    }
  }

  private static Branch branch(JsonFields side) throws WebhookException {
    return new Branch(side.text("ref"), side.text("sha"), side.optText("repo.full_name").orElse(""));
  }

  private static WebhookEvent comment(JsonFields f) throws WebhookException {
    if (!f.has("issue.pull_request")) {
      return new WebhookEvent.Ignored("issue_comment", "a comment on an issue, not on a pull request");
    }
    PullRequestRef ref = PullRequestRef.of(f.text("repository.full_name"), f.number("issue.number"));
    return new WebhookEvent.CommentEvent(ref, f.text("action"), f.number("comment.id"),
        f.optText("comment.user.login").orElse(""), f.text("comment.body"), f.optNumber("installation.id"));
  }

  private static WebhookEvent installation(JsonFields f) throws WebhookException {
    List<String> repos = new ArrayList<>();
    for (JsonFields r : f.objects("repositories")) {
      repos.add(r.text("full_name"));
    }
    return new WebhookEvent.InstallationEvent(f.text("action"), f.number("installation.id"),
        f.optText("installation.account.login").orElse(""), repos);
  }
}
