package dev.tollgate.ci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.model.InputException;
import dev.tollgate.report.CommentRenderer;
import dev.tollgate.vcs.Branch;
import dev.tollgate.vcs.CodeHost;
import dev.tollgate.vcs.PullRequest;
import dev.tollgate.vcs.PullRequestRef;
import dev.tollgate.vcs.RepoRef;
import dev.tollgate.vcs.VcsException;
import dev.tollgate.vcs.github.GitHubAuth;
import dev.tollgate.vcs.github.GitHubConfig;
import dev.tollgate.vcs.github.GitHubHost;
import dev.tollgate.vcs.gitlab.GitLabAuth;
import dev.tollgate.vcs.gitlab.GitLabConfig;
import dev.tollgate.vcs.gitlab.GitLabHost;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pull request a CI job runs for, read from the CI's own environment, which is passed in (not
 * read here from the process) so tests can set it: GitHub Actions ({@code GITHUB_EVENT_PATH}'s
 * pull_request event, {@code GITHUB_REPOSITORY}, {@code GITHUB_API_URL}, a token) or GitLab CI's
 * merge request pipelines ({@code CI_MERGE_REQUEST_IID}, {@code CI_API_V4_URL},
 * {@code CI_MERGE_REQUEST_DIFF_BASE_SHA}, a token in {@code GITLAB_TOKEN}).
 *
 * @param token the code host token; empty when none is set (a dry run needs none)
 * @param detailsUrl the CI job's page, for the check
 * @param outputFile where step outputs go ({@code GITHUB_OUTPUT}), when the CI has them
 */
public record CiEnvironment(Ci ci, PullRequest pullRequest, URI apiUrl, Optional<String> token, String detailsUrl,
    Optional<Path> outputFile) {

  /** Which CI, and so which code host. */
  public enum Ci {
    GITHUB_ACTIONS("GitHub Actions", CommentRenderer.Host.GITHUB),
    GITLAB_CI("GitLab CI", CommentRenderer.Host.GITLAB);

    private final String label;
    private final CommentRenderer.Host host;

    Ci(String label, CommentRenderer.Host host) {
      this.label = label;
      this.host = host;
    }

    public String label() {
      return label;
    }

    public CommentRenderer.Host host() {
      return host;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  public static CiEnvironment read(Map<String, String> env) throws InputException {
    if ("true".equals(env.get("GITHUB_ACTIONS"))) {
      return gitHub(env);
    }
    if ("true".equals(env.get("GITLAB_CI"))) {
      return gitLab(env);
    }
    throw new InputException("ci.unknown", "tollgate ci runs in GitHub Actions or GitLab CI (neither GITHUB_ACTIONS nor GITLAB_CI"
        + " is true here); on a laptop, use tollgate estimate --path FOLDER --compare-to BASE_FOLDER", "");
  }

  /** The code host client for this CI, authenticated with its token. */
  public CodeHost host() throws VcsException {
    String t = token.orElseThrow(() -> new VcsException.NotConfigured(ci == Ci.GITHUB_ACTIONS
        ? "no GitHub token: pass github-token to the action (its default is the workflow's token) or set GITHUB_TOKEN"
        : "no GitLab token: set GITLAB_TOKEN to a project access token with the api scope and the Developer role, as a masked CI/CD variable"));
    if (ci == Ci.GITHUB_ACTIONS) {
      return GitHubHost.connect(GitHubConfig.of(apiUrl, new GitHubAuth.Token(t)));
    }
    return GitLabHost.connect(GitLabConfig.of(apiUrl, new GitLabAuth(GitLabAuth.Kind.PROJECT, t)));
  }

  private static CiEnvironment gitHub(Map<String, String> env) throws InputException {
    String event = env.getOrDefault("GITHUB_EVENT_NAME", "");
    if (!event.equals("pull_request") && !event.equals("pull_request_target")) {
      throw new InputException("ci.event", "tollgate ci runs on pull_request events; this workflow run is a " + (event.isEmpty() ? "run without GITHUB_EVENT_NAME" : event + " event")
          + " (add `on: pull_request` to the workflow)", "GITHUB_EVENT_NAME");
    }
    String file = need(env, "GITHUB_EVENT_PATH");
    JsonNode pr;
    try {
      byte[] bytes = Files.readAllBytes(Path.of(file));
      pr = JSON.readTree(bytes).path("pull_request");
    } catch (IOException e) {
      throw new InputException("ci.event_file", "cannot read the event file: " + e.getMessage(), file);
    }
    if (!pr.isObject() || pr.path("number").asLong() <= 0) {
      throw new InputException("ci.event_file", "has no pull_request with a number", file);
    }
    String repo = pr.path("base").path("repo").path("full_name").asText(env.getOrDefault("GITHUB_REPOSITORY", ""));
    if (repo.isEmpty()) {
      repo = need(env, "GITHUB_REPOSITORY");
    }
    List<String> labels = new ArrayList<>();
    pr.path("labels").forEach(l -> labels.add(l.path("name").asText()));
    String headRepo = pr.path("head").path("repo").path("full_name").asText("");
    PullRequest facts = new PullRequest(PullRequestRef.of(repo, pr.path("number").asLong()), pr.path("title").asText(""),
        pr.path("user").path("login").asText(""), labels,
        new Branch(pr.path("base").path("ref").asText(""), sha(pr.path("base").path("sha").asText(""), file, "pull_request.base.sha"), repo),
        new Branch(pr.path("head").path("ref").asText(""), sha(pr.path("head").path("sha").asText(""), file, "pull_request.head.sha"), headRepo),
        !headRepo.equalsIgnoreCase(repo), PullRequest.State.OPEN);
    String server = env.getOrDefault("GITHUB_SERVER_URL", "https://github.com");
    String run = env.getOrDefault("GITHUB_RUN_ID", "");
    String details = run.isEmpty() ? "" : server + "/" + env.getOrDefault("GITHUB_REPOSITORY", repo) + "/actions/runs/" + run;
    Optional<String> token = first(env, "INPUT_GITHUB-TOKEN", "GITHUB_TOKEN");
    // Actions gives the REST root itself (https://api.github.com, https://ghe.example.com/api/v3): taken as it is.
    String apiUrl = env.getOrDefault("GITHUB_API_URL", "");
    URI api = apiUrl.isBlank() ? GitHubConfig.GITHUB_COM : URI.create(apiUrl.strip());
    return new CiEnvironment(Ci.GITHUB_ACTIONS, facts, api, token, details, first(env, "GITHUB_OUTPUT").map(Path::of));
  }

  private static CiEnvironment gitLab(Map<String, String> env) throws InputException {
    String iid = env.getOrDefault("CI_MERGE_REQUEST_IID", "");
    if (iid.isEmpty()) {
      throw new InputException("ci.event", "tollgate ci runs in merge request pipelines (CI_MERGE_REQUEST_IID is not set); add"
          + " `rules: - if: $CI_PIPELINE_SOURCE == \"merge_request_event\"` to the job, or include Tollgate's template", "CI_MERGE_REQUEST_IID");
    }
    long number;
    try {
      number = Long.parseLong(iid.strip());
    } catch (NumberFormatException e) {
      throw new InputException("ci.event", "is not a number: " + iid, "CI_MERGE_REQUEST_IID");
    }
    String project = first(env, "CI_MERGE_REQUEST_PROJECT_PATH", "CI_PROJECT_PATH", "CI_MERGE_REQUEST_PROJECT_ID", "CI_PROJECT_ID")
        .orElseThrow(() -> new InputException("ci.project", "is not set", "CI_PROJECT_PATH"));
    String base = sha(need(env, "CI_MERGE_REQUEST_DIFF_BASE_SHA"), "CI_MERGE_REQUEST_DIFF_BASE_SHA", "");
    String head = sha(first(env, "CI_MERGE_REQUEST_SOURCE_BRANCH_SHA", "CI_COMMIT_SHA")
        .orElseThrow(() -> new InputException("ci.sha", "is not set", "CI_COMMIT_SHA")), "CI_COMMIT_SHA", "");
    List<String> labels = Arrays.stream(env.getOrDefault("CI_MERGE_REQUEST_LABELS", "").split(","))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    String sourceProject = env.getOrDefault("CI_MERGE_REQUEST_SOURCE_PROJECT_PATH", project);
    PullRequest facts = new PullRequest(new PullRequestRef(new RepoRef(project), number), env.getOrDefault("CI_MERGE_REQUEST_TITLE", ""),
        env.getOrDefault("GITLAB_USER_LOGIN", ""), labels,
        new Branch(env.getOrDefault("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", ""), base, project),
        new Branch(env.getOrDefault("CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", ""), head, sourceProject),
        !sourceProject.equals(project), PullRequest.State.OPEN);
    URI api = GitLabConfig.serverUrlFor(env.getOrDefault("CI_API_V4_URL", env.getOrDefault("CI_SERVER_URL", "")));
    return new CiEnvironment(Ci.GITLAB_CI, facts, api, first(env, "GITLAB_TOKEN", "TOLLGATE_GITLAB_TOKEN"),
        env.getOrDefault("CI_JOB_URL", ""), Optional.empty());
  }

  private static String need(Map<String, String> env, String name) throws InputException {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      throw new InputException("ci.env", "is not set; is this running in the CI it expects?", name);
    }
    return v.strip();
  }

  private static Optional<String> first(Map<String, String> env, String... names) {
    for (String n : names) {
      String v = env.get(n);
      if (v != null && !v.isBlank()) {
        return Optional.of(v.strip());
      }
    }
    return Optional.empty();
  }

  private static String sha(String value, String where, String field) throws InputException {
    if (!value.matches("[0-9a-f]{7,64}")) {
      throw new InputException("ci.sha", (field.isEmpty() ? "" : field + " ") + "is not a commit id: '" + value + "'", where);
    }
    return value;
  }
}
