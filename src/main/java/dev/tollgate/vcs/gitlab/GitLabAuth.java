package dev.tollgate.vcs.gitlab;

import java.util.Locale;

/**
 * A GitLab access token: personal, project or group (all sent as {@code PRIVATE-TOKEN}; the kind only
 * shapes error messages, since a project token's bot user needs a role where a person's token has
 * theirs). {@code toString} never shows the token.
 */
public record GitLabAuth(Kind kind, String token) {

  /** Which kind of access token it is. */
  public enum Kind { PERSONAL, PROJECT, GROUP }

  public GitLabAuth {
    if (kind == null) {
      throw new IllegalArgumentException("say which kind of GitLab token this is");
    }
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("the GitLab token is empty");
    }
  }

  /** {@code project access token}, for messages. */
  public String describe() {
    return kind.name().toLowerCase(Locale.ROOT) + " access token";
  }

  @Override
  public String toString() {
    return "GitLabAuth[" + describe() + ", redacted]";
  }
}
