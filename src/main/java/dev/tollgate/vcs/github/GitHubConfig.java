package dev.tollgate.vcs.github;

import dev.tollgate.vcs.Limits;
import dev.tollgate.vcs.Waits;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Where GitHub is and how to talk to it.
 *
 * @param apiUrl the REST root exactly: {@code https://api.github.com}, or
 *     {@code https://ghe.example.com/api/v3} for GitHub Enterprise Server; see {@link #apiUrlFor}
 */
public record GitHubConfig(URI apiUrl, GitHubAuth auth, Limits limits, Waits waits) {

  public static final URI GITHUB_COM = URI.create("https://api.github.com");

  public GitHubConfig {
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(waits, "waits");
    String s = apiUrl.toString();
    apiUrl = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
  }

  public static GitHubConfig of(URI apiUrl, GitHubAuth auth) {
    return new GitHubConfig(apiUrl, auth, Limits.DEFAULT, Waits.standard());
  }

  /**
   * The REST root for what a user typed: {@code github.com} or empty for GitHub itself, a bare server
   * ({@code https://ghe.example.com}) gets {@code /api/v3}, a URL with a path is taken as it is.
   */
  public static URI apiUrlFor(String server) {
    if (server == null || server.isBlank()) {
      return GITHUB_COM;
    }
    String s = server.trim();
    if (!s.contains("://")) {
      s = "https://" + s;
    }
    URI u = URI.create(s);
    String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
    if (host.equals("github.com") || host.equals("api.github.com")) {
      return GITHUB_COM;
    }
    String path = u.getPath() == null ? "" : u.getPath();
    if (path.isEmpty() || path.equals("/")) {
      return URI.create(u.getScheme() + "://" + u.getRawAuthority() + "/api/v3");
    }
    return u;
  }

  /** GraphQL lives beside REST: {@code /graphql} on github.com, {@code /api/graphql} on Enterprise. */
  URI graphQlUrl() {
    String s = apiUrl.toString();
    if (s.endsWith("/api/v3")) {
      return URI.create(s.substring(0, s.length() - "/v3".length()) + "/graphql");
    }
    return URI.create(s + "/graphql");
  }
}
