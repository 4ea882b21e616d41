package dev.tollgate.vcs;

import java.util.Objects;

/**
 * A repository on a code host: {@code owner/name} on GitHub, the project path ({@code group/sub/project})
 * or numeric id on GitLab.
 */
public record RepoRef(String path) {

  public RepoRef {
    Objects.requireNonNull(path, "path");
    if (path.isBlank() || path.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("not a repository path: '" + path + "'");
    }
  }

  @Override
  public String toString() {
    return path;
  }
}
