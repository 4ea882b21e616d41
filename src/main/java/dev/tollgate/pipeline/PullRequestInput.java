package dev.tollgate.pipeline;

import dev.tollgate.report.CommentRenderer;
import dev.tollgate.vcs.ChangedFile;
import dev.tollgate.vcs.PullRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One pull request to estimate: its facts (labels, base and head commits), the files it changes,
 * and its repository at the base and at the head, as folders on disk (a checkout in CI, unpacked
 * archives in the server). Both trees are untrusted: nothing is read outside them.
 *
 * @param host which host the comment is for (its size limit)
 */
public record PullRequestInput(PullRequest pr, List<ChangedFile> changed, Path base, Path head, CommentRenderer.Host host) {
  public PullRequestInput {
    Objects.requireNonNull(pr, "pr");
    changed = List.copyOf(changed);
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(host, "host");
  }
}
