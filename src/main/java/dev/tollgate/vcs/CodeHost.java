package dev.tollgate.vcs;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything Tollgate asks of a code host, in its own records: the facts of a pull request, its
 * changed files, repository content at a commit, the one comment Tollgate keeps on a pull request
 * (found by a hidden marker the caller chooses) and a check or status on a commit. One implementation
 * per host ({@code vcs.github}, {@code vcs.gitlab}); {@link #unconfigured} stands in when none is set up.
 *
 * <p>Every method either returns a value or throws a {@link VcsException} whose message names the
 * host, the repository and what the token needs; none returns null.
 */
public interface CodeHost {

  /** {@code GitHub} or {@code GitLab}, for messages. */
  String name();

  PullRequest pullRequest(PullRequestRef ref) throws VcsException;

  /** Every file the pull request touches, across all pages the host returns. */
  List<ChangedFile> changedFiles(PullRequestRef ref) throws VcsException;

  /**
   * One file at a commit, or empty when it does not exist there (a file the pull request adds has no
   * base version). Refuses files over {@link Limits#maxFileBytes()}.
   */
  Optional<byte[]> file(RepoRef repo, String path, String sha) throws VcsException;

  /**
   * Downloads the repository at a commit and unpacks it into {@code target} (which must be absent or
   * empty), within {@link Limits}: no entry may land outside {@code target}, symbolic links are not
   * created, oversized archives are refused.
   */
  Snapshot archive(RepoRef repo, String sha, Path target) throws VcsException;

  /**
   * The comment carrying {@code marker}, newest first when there are several (a hidden older one stays
   * behind after hide-and-new), looking through every page of comments.
   */
  Optional<Comment> findComment(PullRequestRef pr, String marker) throws VcsException;

  Comment createComment(PullRequestRef pr, String body) throws VcsException;

  Comment updateComment(PullRequestRef pr, Comment comment, String body) throws VcsException;

  void deleteComment(PullRequestRef pr, Comment comment) throws VcsException;

  /** Collapses an outdated comment (GitHub: minimised as outdated; GitLab: folded into a details block). */
  void hideComment(PullRequestRef pr, Comment comment) throws VcsException;

  /**
   * Whether {@code user} may write to the repository (GitHub: the collaborator permission is write,
   * maintain or admin; GitLab: Developer or above). An unknown user cannot. Asked before a comment
   * command such as {@code /tollgate recalculate} is obeyed. A host that cannot tell says so.
   */
  default boolean canWrite(RepoRef repo, String user) throws VcsException {
    throw new VcsException.NotConfigured(name() + " cannot tell who may write to " + repo);
  }

  /** A check run (GitHub) or commit status (GitLab) on {@code sha}. */
  void setCheck(RepoRef repo, String sha, CheckReport report) throws VcsException;

  /**
   * Updates the comment carrying {@code marker} or, when there is none, creates it: the one comment
   * per pull request. The body must carry the marker, or the next run could not find it and would post
   * a second one.
   */
  default Posted upsertComment(PullRequestRef pr, String marker, String body) throws VcsException {
    Objects.requireNonNull(marker, "marker");
    if (marker.isBlank() || !body.contains(marker)) {
      throw new IllegalArgumentException("the comment body must carry its marker " + marker);
    }
    Optional<Comment> existing = findComment(pr, marker);
    if (existing.isPresent()) {
      return new Posted(updateComment(pr, existing.get(), body), false);
    }
    return new Posted(createComment(pr, body), true);
  }

  /** The comment as the host holds it after {@link #upsertComment}, and whether it was new. */
  record Posted(Comment comment, boolean created) {}

  /** A host that is not set up; every call fails with {@code reason} (say which setting is missing). */
  static CodeHost unconfigured(String reason) {
    return new UnconfiguredHost(reason);
  }
}
