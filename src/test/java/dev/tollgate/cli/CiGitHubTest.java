package dev.tollgate.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.report.CommentRenderer;
import dev.tollgate.support.GitRepo;
import dev.tollgate.support.HostStub;
import dev.tollgate.support.Run;
import dev.tollgate.support.Shared;
import dev.tollgate.vcs.github.GitHubCommentLifecycleTest;
import dev.tollgate.vcs.github.IssueCommentsFake;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code tollgate ci} end to end in GitHub Actions' shoes: a temporary git repository (base commit:
 * a t3.micro; the pull request's commits resize it, then add a 500 GB volume), GitHub's synchronize
 * delivery written as the event file with those commits, and a WireMock GitHub serving recorded
 * comments and check runs. Asserts the comment it posted, its exit code and its step outputs.
 */
class CiGitHubTest {

  static final String REPO = "Codertocat/Hello-World";
  static final String COMMENTS = "/repos/" + REPO + "/issues/2/comments";
  static final String CHECK_RUN = "reference/vcs/github-api-recordings/hub4j-github-api/src/test/resources/org/kohsuke/github/"
      + "GHCheckRunBuilderTest/wiremock/createCheckRun/__files/5-r_h_t_check-runs.json";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /** The synchronize delivery GitHub writes to GITHUB_EVENT_PATH, pointing at this repository's commits. */
  Path eventFile(String base, String head, String... labels) throws Exception {
    ObjectNode d = (ObjectNode) JSON.readTree(Files.readAllBytes(Shared.path(GitHubCommentLifecycleTest.HOOKS + "synchronize.payload.json")));
    ObjectNode pr = (ObjectNode) d.get("pull_request");
    ((ObjectNode) pr.get("base")).put("sha", base);
    ((ObjectNode) pr.get("head")).put("sha", head);
    var ls = pr.putArray("labels");
    for (String l : labels) {
      ls.addObject().put("name", l);
    }
    Path f = tmp.resolve("event-" + head + ".json");
    Files.write(f, JSON.writeValueAsBytes(d));
    return f;
  }

  Map<String, String> env(HostStub gh, GitRepo repo, Path event) {
    Map<String, String> env = new HashMap<>();
    env.put("GITHUB_ACTIONS", "true");
    env.put("GITHUB_EVENT_NAME", "pull_request");
    env.put("GITHUB_EVENT_PATH", event.toString());
    env.put("GITHUB_REPOSITORY", REPO);
    env.put("GITHUB_API_URL", gh.url());
    env.put("GITHUB_SERVER_URL", "https://github.com");
    env.put("GITHUB_RUN_ID", "42");
    env.put("GITHUB_TOKEN", "ghs_not_a_real_token");
    env.put("GITHUB_WORKSPACE", repo.dir.toString());
    env.put("GITHUB_OUTPUT", tmp.resolve("github-output").toString());
    return env;
  }

  HostStub gitHub(IssueCommentsFake comments) throws Exception {
    HostStub gh = HostStub.start(comments);
    byte[] opened = Files.readAllBytes(Shared.path(GitHubCommentLifecycleTest.HOOKS + "opened.payload.json"));
    GitHubCommentLifecycleTest.serveRepositoryOf(gh, JSON.readTree(opened));
    gh.server.stubFor(post(urlPathEqualTo("/repos/" + REPO + "/check-runs"))
        .willReturn(okJson(Files.readString(Shared.path(CHECK_RUN))).withStatus(201)));
    return gh;
  }

  @Test
  void two_pushes_post_one_comment_then_update_it_and_exit_by_the_verdict() throws Exception {
    GitRepo repo = GitRepo.init(tmp.resolve("repo"));
    String base = repo.commit("base: a small web server", "base");
    repo.git("checkout", "-q", "-b", "feature");
    String resized = repo.commit("resize the web server", "resized");
    IssueCommentsFake comments = GitHubCommentLifecycleTest.recordedComments(100);
    try (HostStub gh = gitHub(comments)) {
      Run first = Run.withEnv(env(gh, repo, eventFile(base, resized)), "ci");

      assertThat(first.code()).as(first.err()).isZero();
      assertThat(first.out()).isEqualTo("tollgate: " + REPO + "#2: infra +$62.49 ($8.39 → $70.88); verdict warn; comment created;"
          + " check set on " + resized + "\n");
      assertThat(gh.count(postRequestedFor(urlPathEqualTo(COMMENTS)))).isEqualTo(1);
      String posted = JSON.readTree(gh.server.findAll(postRequestedFor(urlPathEqualTo(COMMENTS))).get(0).getBodyAsString())
          .path("body").asText();
      assertThat(posted).startsWith(CommentRenderer.MARKER + "\n")
          .contains("<h4>Monthly estimate increased by &#36;62 📈</h4>")
          .contains("      <td>infra</td>\n      <td align=\"right\">+&#36;62</td>\n      <td align=\"right\">-</td>\n"
              + "      <td align=\"right\">+&#36;62 (+745%)</td>\n      <td align=\"right\">&#36;71</td>")
          .contains("<h4>⚠️ Budget check passed with warnings</h4>")
          .contains("~ Instance usage (Linux/UNIX, on-demand, t3.micro → m5.large)");
      JsonNode run = JSON.readTree(gh.server.findAll(postRequestedFor(urlPathEqualTo("/repos/" + REPO + "/check-runs"))).get(0).getBodyAsString());
      assertThat(run.path("head_sha").asText()).isEqualTo(resized);
      assertThat(run.path("details_url").asText()).isEqualTo("https://github.com/" + REPO + "/actions/runs/42");

      String withVolume = repo.commit("add a data volume", "resized-and-volume");
      Run second = Run.withEnv(env(gh, repo, eventFile(base, withVolume)), "ci");

      assertThat(second.code()).as(second.err()).isEqualTo(1);
      assertThat(second.out()).contains("infra +$102.49 ($8.39 → $110.88); verdict fail; comment updated");
      assertThat(gh.count(postRequestedFor(urlPathEqualTo(COMMENTS)))).isEqualTo(1);
      assertThat(gh.count(patchRequestedFor(urlPathMatching("/repos/" + REPO + "/issues/comments/\\d+")))).isEqualTo(1);
      assertThat(comments.comments().stream().map(c -> c.path("body").asText()).filter(b -> b.startsWith(CommentRenderer.MARKER)))
          .singleElement().satisfies(b -> assertThat(b).contains("+&#36;102 (+1,221%)").contains("<h4>❌ Budget check failed</h4>")
              .contains("+ aws_ebs_volume.data"));
      assertThat(Files.readAllLines(tmp.resolve("github-output"))).containsExactly(
          "past-monthly-cost=8.39", "monthly-cost=70.88", "diff-monthly-cost=62.49", "currency=USD", "verdict=warn", "skipped-projects=0",
          "past-monthly-cost=8.39", "monthly-cost=110.88", "diff-monthly-cost=102.49", "currency=USD", "verdict=fail", "skipped-projects=0");
    }
  }

  @Test
  void a_shallow_checkout_fetches_the_base_commit_and_the_exemption_label_passes_the_job() throws Exception {
    GitRepo origin = GitRepo.init(tmp.resolve("origin"));
    String base = origin.commit("base", "base");
    origin.git("checkout", "-q", "-b", "feature");
    String head = origin.commit("resize and add a volume", "resized-and-volume");
    GitRepo.run(tmp, "clone", "-q", "--depth", "1", "--branch", "feature", "file://" + origin.dir, "shallow");
    GitRepo shallow = GitRepo.init(tmp.resolve("shallow"));
    assertThat(shallow.git("rev-parse", "--is-shallow-repository").strip()).isEqualTo("true");
    try (HostStub gh = gitHub(GitHubCommentLifecycleTest.recordedComments(100))) {
      Run r = Run.withEnv(env(gh, shallow, eventFile(base, head, "cost-approved")), "ci");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).contains("infra +$102.49 ($8.39 → $110.88); verdict warn; comment created");
    }
  }

  @Test
  void dry_run_prints_the_comment_and_sends_nothing_and_action_inputs_are_read() throws Exception {
    GitRepo repo = GitRepo.init(tmp.resolve("repo"));
    String base = repo.commit("base", "base");
    String head = repo.commit("volume", "resized-and-volume");
    try (HostStub gh = HostStub.start()) {
      Map<String, String> env = env(gh, repo, eventFile(base, head));
      env.remove("GITHUB_TOKEN");
      env.put("INPUT_DRY-RUN", "true");
      env.put("INPUT_CURRENCY", "EUR");
      env.put("INPUT_CURRENCY-RATE", "0.5");
      Run r = Run.withEnv(env, "ci");
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.out()).startsWith(CommentRenderer.MARKER + "\n").contains("<h4>Monthly estimate increased by €51 📈</h4>");
      assertThat(gh.count(anyRequestedFor(anyUrl()))).isZero();
      assertThat(Files.readAllLines(tmp.resolve("github-output"))).contains("monthly-cost=55.44", "currency=EUR", "verdict=fail");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "401|{\"message\":\"Bad credentials\"}|GitHub answered 401 for Codertocat/Hello-World: the token was not accepted (expired, revoked or mistyped); it needs pull_requests:read to list the comments (GitHub said: Bad credentials)",
      "403|{\"message\":\"Resource not accessible by integration\"}|GitHub answered 403 for Codertocat/Hello-World: the token needs pull_requests:read to list the comments (GitHub said: Resource not accessible by integration)",
      "404|{\"message\":\"Not Found\"}|GitHub answered 404 for Codertocat/Hello-World while Tollgate tried to list the comments: it does not exist, or the token cannot see it (the token needs pull_requests:read) (GitHub said: Not Found)"})
  void a_refusing_github_is_one_line_naming_the_repository_and_the_permission_and_exit_2(int status, String body, String message)
      throws Exception {
    GitRepo repo = GitRepo.init(tmp.resolve("repo"));
    String base = repo.commit("base", "base");
    String head = repo.commit("resize", "resized");
    try (HostStub gh = HostStub.start()) {
      gh.server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withBody(body)));
      Run r = Run.withEnv(env(gh, repo, eventFile(base, head)), "ci");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).isEqualTo("error: " + message + "\n").doesNotContain("ghs_not_a_real_token");
      assertThat(r.out()).isEmpty();
    }
  }

  @Test
  void a_github_server_error_is_retried_and_the_job_goes_on() throws Exception {
    GitRepo repo = GitRepo.init(tmp.resolve("repo"));
    String base = repo.commit("base", "base");
    String head = repo.commit("resize", "resized");
    try (HostStub gh = gitHub(GitHubCommentLifecycleTest.recordedComments(100))) {
      gh.server.stubFor(get(urlPathEqualTo(COMMENTS)).atPriority(1).inScenario("flaky").whenScenarioStateIs(STARTED)
          .willReturn(aResponse().withStatus(502).withBody("{\"message\":\"Server Error\"}")).willSetStateTo("recovered"));
      Run r = Run.withEnv(env(gh, repo, eventFile(base, head)), "ci");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).contains("comment created");
      // The 502, then the retry that found no comment, then the post.
      assertThat(gh.count(getRequestedFor(urlPathEqualTo(COMMENTS)))).isEqualTo(2);
      assertThat(gh.count(postRequestedFor(urlPathEqualTo(COMMENTS)))).isEqualTo(1);
    }
  }

  @Test
  void outside_a_pull_request_run_it_says_what_to_change() throws Exception {
    Run push = Run.withEnv(Map.of("GITHUB_ACTIONS", "true", "GITHUB_EVENT_NAME", "push"), "ci");
    assertThat(push.code()).isEqualTo(2);
    assertThat(push.err()).isEqualTo("GITHUB_EVENT_NAME: error: tollgate ci runs on pull_request events; this workflow run is a push"
        + " event (add `on: pull_request` to the workflow)\n");
    Run nowhere = Run.withEnv(Map.of(), "ci");
    assertThat(nowhere.code()).isEqualTo(2);
    assertThat(nowhere.err()).startsWith("error: tollgate ci runs in GitHub Actions or GitLab CI");
    assertThat(List.of(push.out(), nowhere.out())).containsOnly("");
  }
}
