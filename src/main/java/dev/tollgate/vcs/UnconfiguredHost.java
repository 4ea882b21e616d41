package dev.tollgate.vcs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The explicit "no code host" object: every call fails with the same clear reason. */
final class UnconfiguredHost implements CodeHost {

  private final String reason;

  UnconfiguredHost(String reason) {
    this.reason = reason;
  }

  private VcsException fail() {
    return new VcsException.NotConfigured(reason);
  }

  @Override
  public String name() {
    return "no code host";
  }

  @Override
  public PullRequest pullRequest(PullRequestRef ref) throws VcsException {
    throw fail();
  }

  @Override
  public List<ChangedFile> changedFiles(PullRequestRef ref) throws VcsException {
    throw fail();
  }

  @Override
  public Optional<byte[]> file(RepoRef repo, String path, String sha) throws VcsException {
    throw fail();
  }

  @Override
  public Snapshot archive(RepoRef repo, String sha, Path target) throws VcsException {
    throw fail();
  }

  @Override
  public Optional<Comment> findComment(PullRequestRef pr, String marker) throws VcsException {
    throw fail();
  }

  @Override
  public Comment createComment(PullRequestRef pr, String body) throws VcsException {
    throw fail();
  }

  @Override
  public Comment updateComment(PullRequestRef pr, Comment comment, String body) throws VcsException {
    throw fail();
  }

  @Override
  public void deleteComment(PullRequestRef pr, Comment comment) throws VcsException {
    throw fail();
  }

  @Override
  public void hideComment(PullRequestRef pr, Comment comment) throws VcsException {
    throw fail();
  }

  @Override
  public boolean canWrite(RepoRef repo, String user) throws VcsException {
    throw fail();
  }

  @Override
  public void setCheck(RepoRef repo, String sha, CheckReport report) throws VcsException {
    throw fail();
  }
}
