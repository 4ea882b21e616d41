package dev.tollgate.server;

import dev.tollgate.jobs.Host;
import dev.tollgate.jobs.Job;
import dev.tollgate.vcs.CodeHost;
import dev.tollgate.vcs.Limits;
import dev.tollgate.vcs.VcsException;
import dev.tollgate.vcs.Waits;
import dev.tollgate.vcs.github.GitHubAuth;
import dev.tollgate.vcs.github.GitHubConfig;
import dev.tollgate.vcs.github.GitHubHost;
import dev.tollgate.vcs.gitlab.GitLabAuth;
import dev.tollgate.vcs.gitlab.GitLabConfig;
import dev.tollgate.vcs.gitlab.GitLabHost;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The code-host client a job talks through: for GitHub, the App's client for the delivery's
 * installation (each keeps its installation token until shortly before it expires), else the token's
 * client; for GitLab, the one token's client. Clients are made on first use and shared by workers.
 */
final class CodeHosts {

  private final CodeHostSettings settings;
  private final Waits waits;
  private final Map<Long, CodeHost> installations = new ConcurrentHashMap<>();
  private volatile CodeHost gitHubToken;
  private volatile CodeHost gitLab;

  CodeHosts(CodeHostSettings settings, Waits waits) {
    this.settings = settings;
    this.waits = waits;
  }

  CodeHost forJob(Job job) throws VcsException {
    if (job.host() == Host.GITLAB) {
      if (settings.gitlabToken().isEmpty()) {
        throw new VcsException.NotConfigured("a GitLab delivery arrived, but no GitLab token is set: TOLLGATE_GITLAB_TOKEN or gitlab-token-file");
      }
      if (gitLab == null) {
        gitLab = GitLabHost.connect(new GitLabConfig(settings.gitlabUrl(),
            new GitLabAuth(GitLabAuth.Kind.PERSONAL, text(settings.gitlabToken().get())), Limits.DEFAULT, waits));
      }
      return gitLab;
    }
    var installation = job.request().installationId();
    if (installation.isPresent() && settings.githubAppId().isPresent()) {
      long id = installation.getAsLong();
      CodeHost known = installations.get(id);
      if (known != null) {
        return known;
      }
      CodeHost made = GitHubHost.connect(new GitHubConfig(settings.githubApiUrl(),
          new GitHubAuth.App(settings.githubAppId().get(), text(settings.githubAppPrivateKey().get()), id), Limits.DEFAULT, waits));
      CodeHost raced = installations.putIfAbsent(id, made);
      return raced == null ? made : raced;
    }
    if (settings.githubToken().isPresent()) {
      if (gitHubToken == null) {
        gitHubToken = GitHubHost.connect(new GitHubConfig(settings.githubApiUrl(),
            new GitHubAuth.Token(text(settings.githubToken().get())), Limits.DEFAULT, waits));
      }
      return gitHubToken;
    }
    throw new VcsException.NotConfigured(installation.isPresent()
        ? "the delivery came from GitHub App installation " + installation.getAsLong() + ", but no GitHub App is configured:"
            + " set github-app-id and TOLLGATE_GITHUB_APP_PRIVATE_KEY (or TOLLGATE_GITHUB_TOKEN)"
        : "the delivery names no GitHub App installation and no GitHub token is set: TOLLGATE_GITHUB_TOKEN or github-token-file");
  }

  private static String text(Secret s) {
    return new String(s.bytes(), StandardCharsets.UTF_8);
  }
}
