package dev.tollgate.pipeline;

import dev.tollgate.policy.Config;
import dev.tollgate.report.CommentRenderer;
import dev.tollgate.vcs.CodeHost;
import dev.tollgate.vcs.Comment;
import dev.tollgate.vcs.PullRequestRef;
import dev.tollgate.vcs.VcsException;
import java.util.Optional;

/**
 * Posts the comment the way the configuration asks, as Infracost's {@code --behavior}: {@code update}
 * edits Tollgate's one comment in place (found by its marker; created only when there is none),
 * which is the only behaviour under which a job run twice still leaves one comment;
 * {@code new} always posts; {@code hide-and-new} collapses the newest earlier comment, then posts;
 * {@code delete-and-new} deletes every earlier comment, then posts.
 */
final class CommentPoster {

  static final String MARKER = CommentRenderer.MARKER;
  private static final int MAX_DELETIONS = 100;

  private CommentPoster() {}

  static PipelineOutcome.Comment post(CodeHost host, PullRequestRef pr, Config.CommentBehavior behavior, String body) throws VcsException {
    switch (behavior) {
      case NEW:
        host.createComment(pr, body);
        return PipelineOutcome.Comment.CREATED;
      case HIDE_AND_NEW: {
        Optional<Comment> previous = host.findComment(pr, MARKER);
        if (previous.isPresent()) {
          host.hideComment(pr, previous.get());
        }
        host.createComment(pr, body);
        return previous.isPresent() ? PipelineOutcome.Comment.REPLACED : PipelineOutcome.Comment.CREATED;
      }
      case DELETE_AND_NEW: {
        int deleted = 0;
        for (Optional<Comment> c = host.findComment(pr, MARKER); c.isPresent() && deleted < MAX_DELETIONS;
            c = host.findComment(pr, MARKER)) {
          host.deleteComment(pr, c.get());
          deleted++;
        }
        host.createComment(pr, body);
        return deleted > 0 ? PipelineOutcome.Comment.REPLACED : PipelineOutcome.Comment.CREATED;
      }
      default:
        return host.upsertComment(pr, MARKER, body).created() ? PipelineOutcome.Comment.CREATED : PipelineOutcome.Comment.UPDATED;
    }
  }

  /** With nothing to estimate, an earlier comment is brought up to date, but no new one is started. */
  static PipelineOutcome.Comment updateOnly(CodeHost host, PullRequestRef pr, String body) throws VcsException {
    Optional<Comment> previous = host.findComment(pr, MARKER);
    if (previous.isEmpty()) {
      return PipelineOutcome.Comment.NOT_POSTED;
    }
    host.updateComment(pr, previous.get(), body);
    return PipelineOutcome.Comment.UPDATED;
  }
}
