package dev.tollgate.vcs;

import java.util.Objects;

/** A top-level comment (GitHub issue comment, GitLab merge request note). */
public record Comment(long id, String author, String body) {

  public Comment {
    author = author == null ? "" : author;
    Objects.requireNonNull(body, "body");
  }

  public boolean carries(String marker) {
    return body.contains(marker);
  }
}
