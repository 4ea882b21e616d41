package dev.tollgate.vcs.github;

import java.util.Objects;

/**
 * How Tollgate authenticates to GitHub: a token (a personal access token, or the {@code GITHUB_TOKEN}
 * of a workflow), or as a GitHub App installation (a JWT signed with the app's private key is
 * exchanged for an installation token, cached until shortly before it expires). {@code toString}
 * never shows the secret.
 */
public sealed interface GitHubAuth {

  record Token(String value) implements GitHubAuth {
    public Token {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("the GitHub token is empty");
      }
    }

    @Override
    public String toString() {
      return "Token[redacted]";
    }
  }

  /** @param privateKeyPem the key GitHub hands out (PKCS#1, {@code BEGIN RSA PRIVATE KEY}) or PKCS#8 */
  record App(String appId, String privateKeyPem, long installationId) implements GitHubAuth {
    public App {
      Objects.requireNonNull(appId, "appId");
      if (privateKeyPem == null || privateKeyPem.isBlank()) {
        throw new IllegalArgumentException("the GitHub App private key is empty");
      }
      if (installationId <= 0) {
        throw new IllegalArgumentException("installation ids start at 1, got " + installationId);
      }
    }

    @Override
    public String toString() {
      return "App[appId=" + appId + ", installationId=" + installationId + ", privateKey=redacted]";
    }
  }
}
