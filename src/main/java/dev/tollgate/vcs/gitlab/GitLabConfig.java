package dev.tollgate.vcs.gitlab;

import dev.tollgate.vcs.Limits;
import dev.tollgate.vcs.Waits;
import java.net.URI;
import java.util.Objects;

/**
 * Where GitLab is and how to talk to it.
 *
 * @param serverUrl the instance, without {@code /api/v4}: {@code https://gitlab.com},
 *     {@code https://gitlab.example.com}, or {@code https://example.com/gitlab} for a relative root
 */
public record GitLabConfig(URI serverUrl, GitLabAuth auth, Limits limits, Waits waits) {

  public static final URI GITLAB_COM = URI.create("https://gitlab.com");

  public GitLabConfig {
    Objects.requireNonNull(serverUrl, "serverUrl");
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(waits, "waits");
    serverUrl = serverUrlFor(serverUrl.toString());
  }

  public static GitLabConfig of(URI serverUrl, GitLabAuth auth) {
    return new GitLabConfig(serverUrl, auth, Limits.DEFAULT, Waits.standard());
  }

  /** Accepts what CI hands out ({@code CI_API_V4_URL} ends in {@code /api/v4}) and what people type. */
  public static URI serverUrlFor(String url) {
    if (url == null || url.isBlank()) {
      return GITLAB_COM;
    }
    String s = url.trim();
    if (!s.contains("://")) {
      s = "https://" + s;
    }
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.endsWith("/api/v4")) {
      s = s.substring(0, s.length() - "/api/v4".length());
    }
    return URI.create(s);
  }
}
