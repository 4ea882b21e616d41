package dev.tollgate.jobs;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The work a delivery asks for, as read from its payload: which pull request (merge request), at
 * which head commit when the event says, and why.
 *
 * @param repo the repository's full name ({@code owner/name}, GitLab's {@code path_with_namespace})
 * @param repoId GitHub's repository id or GitLab's project id
 * @param number the pull request number (GitLab: the merge request iid)
 * @param headSha the head commit, when the event carries it (a comment event does not)
 * @param requestedBy who wrote a comment command, to be checked for write access before it runs
 * @param installationId the GitHub App installation that sent it, for the installation token
 */
public record JobRequest(String repo, long repoId, long number, Optional<String> headSha, JobKind kind,
    Optional<String> requestedBy, OptionalLong installationId) {
  public JobRequest {
    if (repo == null || repo.isBlank() || repo.length() > 500) {
      throw new IllegalArgumentException("a repository name must be 1 to 500 characters");
    }
    if (number <= 0) {
      throw new IllegalArgumentException("a pull request number is positive, not " + number);
    }
    Objects.requireNonNull(kind);
    headSha = headSha.filter(s -> s.matches("[0-9a-f]{7,64}"));
    requestedBy = requestedBy.map(s -> s.length() > 200 ? s.substring(0, 200) : s);
    Objects.requireNonNull(installationId);
  }
}
