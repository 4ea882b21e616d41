package dev.tollgate.vcs;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A verified webhook delivery, parsed into what the server acts on. GitHub and GitLab deliveries map
 * onto the same records; anything Tollgate does not act on is {@link Ignored} with the reason.
 */
public sealed interface WebhookEvent {

  /** What happened to a pull request, normalised across hosts. */
  enum Action { OPENED, PUSHED, REOPENED, BASE_CHANGED, EDITED, CLOSED, MERGED, OTHER }

  /**
   * A pull or merge request was opened, pushed to, reopened, retargeted, edited, closed or merged.
   * GitLab's hook does not carry the base commit or the author's name: those are empty here, and
   * {@link CodeHost#pullRequest} has them.
   *
   * @param rawAction the host's own word ({@code synchronize}, {@code update})
   * @param actor who triggered the delivery
   */
  record PullRequestEvent(
      Action action, String rawAction, PullRequest pullRequest, String actor, OptionalLong installationId)
      implements WebhookEvent {
    public PullRequestEvent {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(pullRequest, "pullRequest");
      actor = actor == null ? "" : actor;
      Objects.requireNonNull(installationId, "installationId");
    }
  }

  /** A comment on a pull or merge request (a {@code /tollgate recalculate} command, perhaps). */
  record CommentEvent(
      PullRequestRef pullRequest, String action, long commentId, String author, String body,
      OptionalLong installationId) implements WebhookEvent {
    public CommentEvent {
      Objects.requireNonNull(pullRequest, "pullRequest");
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(installationId, "installationId");
    }
  }

  /** The GitHub App was installed, removed, suspended, or its repositories changed. */
  record InstallationEvent(String action, long installationId, String account, List<String> repositories)
      implements WebhookEvent {
    public InstallationEvent {
      repositories = List.copyOf(repositories);
    }
  }

  /** GitHub's hello when a webhook is created. */
  record Ping(String zen, long hookId) implements WebhookEvent {}

  /** A delivery Tollgate does not act on, and why (answer 2xx so the host does not retry it). */
  record Ignored(String event, String reason) implements WebhookEvent {}
}
