package dev.tollgate.server;

import dev.tollgate.jobs.JobKind;
import dev.tollgate.jobs.JobRequest;
import java.util.Optional;

/**
 * Which GitHub deliveries make a job: {@code pull_request} opened, synchronize, reopened, edited
 * with a new base, and closed (merged or not); and an {@code issue_comment} on a pull request whose
 * first line is {@code /tollgate recalculate}. Every other event or action is ignored, unparsed.
 */
final class GitHubEvents {
  private GitHubEvents() {}

  static Parsed parse(String event, byte[] body) {
    if (event.equals("pull_request")) {
      return pullRequest(Payload.parse(body));
    }
    if (event.equals("issue_comment")) {
      return comment(Payload.parse(body));
    }
    return Parsed.ignored("event " + event + " is not one Tollgate acts on");
  }

  private static Parsed pullRequest(Payload p) {
    String action = p.requiredText("action");
    JobKind kind;
    switch (action) {
      case "opened":
        kind = JobKind.OPENED;
        break;
      case "synchronize":
        kind = JobKind.PUSHED;
        break;
      case "reopened":
        kind = JobKind.REOPENED;
        break;
      case "edited":
        if (!p.has("changes.base")) {
          return Parsed.ignored("pull_request edited without a change of base");
        }
        kind = JobKind.BASE_CHANGED;
        break;
      case "closed":
        kind = p.bool("pull_request.merged") ? JobKind.MERGED : JobKind.CLOSED;
        break;
      default:
        return Parsed.ignored("pull_request " + action + " does not change the cost");
    }
    return Parsed.job(new JobRequest(p.requiredText("repository.full_name"), p.requiredLong("repository.id"),
        p.requiredLong("pull_request.number"), Optional.of(p.requiredText("pull_request.head.sha")), kind,
        p.text("sender.login"), p.optionalLong("installation.id")));
  }

  private static Parsed comment(Payload p) {
    if (!"created".equals(p.requiredText("action"))) {
      return Parsed.ignored("issue_comment " + p.requiredText("action") + " is not a new command");
    }
    if (!p.has("issue.pull_request")) {
      return Parsed.ignored("comment on an issue, not a pull request");
    }
    if ("Bot".equals(p.text("comment.user.type").orElse(""))) {
      return Parsed.ignored("comment by a bot");
    }
    if (!Parsed.isRecalculate(p.text("comment.body").orElse(""))) {
      return Parsed.ignored("comment is not a Tollgate command");
    }
    return Parsed.job(new JobRequest(p.requiredText("repository.full_name"), p.requiredLong("repository.id"),
        p.requiredLong("issue.number"), Optional.empty(), JobKind.RECALCULATE,
        Optional.of(p.requiredText("comment.user.login")), p.optionalLong("installation.id")));
  }
}
