package dev.tollgate.server;

import dev.tollgate.jobs.JobKind;
import dev.tollgate.jobs.JobRequest;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Which GitLab deliveries make a job: a {@code Merge Request Hook} open, reopen, close, merge, or
 * update that brought new commits ({@code oldrev} is present) or a new target branch; and a
 * {@code Note Hook} on a merge request whose first line is {@code /tollgate recalculate}.
 */
final class GitLabEvents {
  private GitLabEvents() {}

  static Parsed parse(String event, byte[] body) {
    if (event.equals("Merge Request Hook")) {
      return mergeRequest(Payload.parse(body));
    }
    if (event.equals("Note Hook")) {
      return note(Payload.parse(body));
    }
    return Parsed.ignored("event " + event + " is not one Tollgate acts on");
  }

  private static Parsed mergeRequest(Payload p) {
    String action = p.text("object_attributes.action").orElse("");
    JobKind kind;
    switch (action) {
      case "open":
        kind = JobKind.OPENED;
        break;
      case "reopen":
        kind = JobKind.REOPENED;
        break;
      case "close":
        kind = JobKind.CLOSED;
        break;
      case "merge":
        kind = JobKind.MERGED;
        break;
      case "update":
        if (p.has("changes.target_branch")) {
          kind = JobKind.BASE_CHANGED;
        } else if (p.has("object_attributes.oldrev")) {
          kind = JobKind.PUSHED;
        } else {
          return Parsed.ignored("merge request update without new commits or a new target branch");
        }
        break;
      default:
        return Parsed.ignored("merge request action '" + action + "' does not change the cost");
    }
    return Parsed.job(new JobRequest(p.requiredText("project.path_with_namespace"), p.requiredLong("project.id"),
        p.requiredLong("object_attributes.iid"), p.text("object_attributes.last_commit.id"), kind,
        p.text("user.username"), OptionalLong.empty()));
  }

  private static Parsed note(Payload p) {
    if (!"MergeRequest".equals(p.text("object_attributes.noteable_type").orElse(""))) {
      return Parsed.ignored("comment not on a merge request");
    }
    if (!p.text("object_attributes.action").orElse("create").equals("create")) {
      return Parsed.ignored("comment edited, not a new command");
    }
    if (!Parsed.isRecalculate(p.text("object_attributes.note").orElse(""))) {
      return Parsed.ignored("comment is not a Tollgate command");
    }
    return Parsed.job(new JobRequest(p.requiredText("project.path_with_namespace"), p.requiredLong("project.id"),
        p.requiredLong("merge_request.iid"), p.text("merge_request.last_commit.id"), JobKind.RECALCULATE,
        Optional.of(p.requiredText("user.username")), OptionalLong.empty()));
  }
}
