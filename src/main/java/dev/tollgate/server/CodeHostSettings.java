package dev.tollgate.server;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@code tollgate serve} reaches the code hosts its webhooks come from. GitHub: as a GitHub App
 * (its id and private key; each delivery names its installation) and/or with a token (for
 * deliveries without an installation, such as a repository webhook); GitHub Enterprise through
 * {@code githubApiUrl}. GitLab: its URL and a token (a group or personal token of a bot user with
 * the api scope). Secrets are {@link Secret}s, never shown.
 */
public record CodeHostSettings(Optional<String> githubAppId, Optional<Secret> githubAppPrivateKey, Optional<Secret> githubToken,
    URI githubApiUrl, URI gitlabUrl, Optional<Secret> gitlabToken) {

  public static final CodeHostSettings NONE = new CodeHostSettings(Optional.empty(), Optional.empty(), Optional.empty(),
      URI.create("https://api.github.com"), URI.create("https://gitlab.com"), Optional.empty());

  public CodeHostSettings {
    Objects.requireNonNull(githubAppId, "githubAppId");
    Objects.requireNonNull(githubAppPrivateKey, "githubAppPrivateKey");
    Objects.requireNonNull(githubToken, "githubToken");
    Objects.requireNonNull(githubApiUrl, "githubApiUrl");
    Objects.requireNonNull(gitlabUrl, "gitlabUrl");
    Objects.requireNonNull(gitlabToken, "gitlabToken");
    if (githubAppId.isPresent() != githubAppPrivateKey.isPresent()) {
      throw new IllegalArgumentException("a GitHub App needs both github-app-id and its private key"
          + " (TOLLGATE_GITHUB_APP_PRIVATE_KEY or github-app-private-key-file)");
    }
    if (githubAppId.isPresent() && !githubAppId.get().matches("[0-9]{1,20}")) {
      throw new IllegalArgumentException("github-app-id is the App's numeric id, not " + githubAppId.get());
    }
  }

  public boolean gitHub() {
    return githubAppId.isPresent() || githubToken.isPresent();
  }

  public boolean gitLab() {
    return gitlabToken.isPresent();
  }

  public boolean any() {
    return gitHub() || gitLab();
  }

  /** {@code key = value} lines for {@code --print-config}, secrets only as set or not. */
  List<String> describe() {
    List<String> out = new ArrayList<>();
    out.add("github-app-id = " + githubAppId.orElse("(not set)"));
    out.add("github-app-private-key = " + (githubAppPrivateKey.isPresent() ? "**** (set)" : "(not set)"));
    out.add("github-token = " + (githubToken.isPresent() ? "**** (set)" : "(not set)"));
    out.add("github-api-url = " + githubApiUrl);
    out.add("gitlab-url = " + gitlabUrl);
    out.add("gitlab-token = " + (gitlabToken.isPresent() ? "**** (set)" : "(not set)"));
    return out;
  }
}
