package dev.tollgate.vcs;

import java.util.Objects;

/**
 * One side of a pull request: the branch name, the commit it points at, and the repository that holds
 * it (a fork's path for the head of a pull request from a fork; empty when unknown: a deleted fork, a
 * GitLab fork, or a commit a GitLab hook does not carry).
 */
public record Branch(String name, String sha, String repo) {

  public Branch {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sha, "sha");
    repo = repo == null ? "" : repo;
  }
}
