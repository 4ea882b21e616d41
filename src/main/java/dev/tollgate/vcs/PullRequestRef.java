package dev.tollgate.vcs;

import java.util.Objects;

/** One pull request (GitHub) or merge request (GitLab, by its project-local iid). */
public record PullRequestRef(RepoRef repo, long number) {

  public PullRequestRef {
    Objects.requireNonNull(repo, "repo");
    if (number <= 0) {
      throw new IllegalArgumentException("pull request numbers start at 1, got " + number);
    }
  }

  public static PullRequestRef of(String repo, long number) {
    return new PullRequestRef(new RepoRef(repo), number);
  }

  @Override
  public String toString() {
    return repo + "#" + number;
  }
}
