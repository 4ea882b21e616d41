package dev.tollgate.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.tollgate.report.CommentRenderer;
import dev.tollgate.support.GitRepo;
import dev.tollgate.support.HostStub;
import dev.tollgate.support.Run;
import dev.tollgate.support.Shared;
import dev.tollgate.vcs.gitlab.GitLabNoteLifecycleTest;
import dev.tollgate.vcs.gitlab.NotesFake;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tollgate ci} in a GitLab merge request pipeline: the CI_ variables GitLab sets, a temporary
 * git repository with the merge request's commits, and a WireMock GitLab serving recorded notes and
 * commit statuses. Asserts the note it posted, the status it set and its exit code.
 */
class CiGitLabTest {

  static final String NOTES = "/api/v4/projects/lkysow%2Fatlantis%2Dexample/merge_requests/12/notes";
  static final String STATUS = "reference/vcs/gitlab-api-recordings/gitlab4j-api/gitlab4j-models/src/test/resources/org/gitlab4j/models/commit-status.json";

  @TempDir Path tmp;

  Map<String, String> env(HostStub gl, GitRepo repo, String base, String head) {
    Map<String, String> env = new HashMap<>();
    env.put("GITLAB_CI", "true");
    env.put("CI_PIPELINE_SOURCE", "merge_request_event");
    env.put("CI_MERGE_REQUEST_IID", "12");
    env.put("CI_PROJECT_PATH", "lkysow/atlantis-example");
    env.put("CI_MERGE_REQUEST_PROJECT_PATH", "lkysow/atlantis-example");
    env.put("CI_API_V4_URL", gl.url() + "/api/v4");
    env.put("CI_MERGE_REQUEST_DIFF_BASE_SHA", base);
    env.put("CI_COMMIT_SHA", head);
    env.put("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main");
    env.put("CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "feature");
    env.put("CI_MERGE_REQUEST_LABELS", "infra,team::platform");
    env.put("CI_JOB_URL", "https://gitlab.example.com/lkysow/atlantis-example/-/jobs/7");
    env.put("CI_PROJECT_DIR", repo.dir.toString());
    env.put("GITLAB_TOKEN", "glpat-not-a-real-token");
    return env;
  }

  @Test
  void two_pushes_post_one_note_then_update_it_set_a_status_each_and_exit_by_the_verdict() throws Exception {
    GitRepo repo = GitRepo.init(tmp.resolve("repo"));
    String base = repo.commit("base", "base");
    repo.git("checkout", "-q", "-b", "feature");
    String resized = repo.commit("resize", "resized");
    NotesFake notes = GitLabNoteLifecycleTest.recordedNotes(3);
    int recorded = notes.notes().size();
    try (HostStub gl = HostStub.start(notes)) {
      gl.server.stubFor(any(urlPathMatching("/api/v4/projects/[^/]+/merge_requests/12/notes(/\\d+)?"))
          .willReturn(aResponse().withTransformers(NotesFake.NAME)));
      gl.server.stubFor(post(urlPathMatching("/api/v4/projects/[^/]+/statuses/[0-9a-f]+"))
          .willReturn(okJson(Files.readString(Shared.path(STATUS))).withStatus(201)));

      Run first = Run.withEnv(env(gl, repo, base, resized), "ci");
      assertThat(first.code()).as(first.err()).isZero();
      assertThat(first.out()).isEqualTo("tollgate: lkysow/atlantis-example#12: infra +$62.49 ($8.39 → $70.88); verdict warn;"
          + " comment created; check set on " + resized + "\n");

      String withVolume = repo.commit("volume", "resized-and-volume");
      Run second = Run.withEnv(env(gl, repo, base, withVolume), "ci");
      assertThat(second.code()).as(second.err()).isEqualTo(1);
      assertThat(second.out()).contains("verdict fail; comment updated");

      assertThat(gl.count(postRequestedFor(urlPathMatching(NOTES)))).isEqualTo(1);
      assertThat(gl.count(putRequestedFor(urlPathMatching(NOTES + "/\\d+")))).isEqualTo(1);
      assertThat(notes.notes()).hasSize(recorded + 1);
      assertThat(notes.notes().get(recorded).path("body").asText()).startsWith(CommentRenderer.MARKER + "\n")
          .contains("      <td>infra</td>\n      <td align=\"right\">+&#36;102</td>")
          .contains("<td align=\"right\">+&#36;102 (+1,221%)</td>")
          .contains("<h4>❌ Budget check failed</h4>")
          .contains("+ aws_ebs_volume.data");
      List<LoggedRequest> statuses = gl.server.findAll(postRequestedFor(urlPathMatching(".*/statuses/.*")));
      assertThat(statuses).hasSize(2);
      String last = URLDecoder.decode(statuses.get(1).getBodyAsString() + "&" + statuses.get(1).getUrl().replaceFirst(".*\\?", ""),
          StandardCharsets.UTF_8);
      assertThat(statuses.get(1).getUrl()).contains("/statuses/" + withVolume);
      assertThat(last).contains("state=failed").contains("name=tollgate")
          .contains("description=Fail: monthly cost +$102.49 ($8.39 → $110.88)")
          .contains("target_url=https://gitlab.example.com/lkysow/atlantis-example/-/jobs/7");
      assertThat(statuses.get(1).getHeader("PRIVATE-TOKEN")).isEqualTo("glpat-not-a-real-token");
    }
  }

  @Test
  void a_token_without_the_api_scope_is_one_line_and_exit_2() throws Exception {
    GitRepo repo = GitRepo.init(tmp.resolve("repo"));
    String base = repo.commit("base", "base");
    String head = repo.commit("resize", "resized");
    try (HostStub gl = HostStub.start()) {
      gl.server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(403).withBody("{\"message\":\"403 Forbidden\"}")));
      Run r = Run.withEnv(env(gl, repo, base, head), "ci");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).isEqualTo("error: GitLab answered 403 for lkysow/atlantis-example: the project access token needs"
          + " the read_api scope to list the comments (GitLab said: 403 Forbidden)\n");
    }
  }

  @Test
  void outside_a_merge_request_pipeline_it_says_how_to_run_it_there() {
    Run r = Run.withEnv(Map.of("GITLAB_CI", "true"), "ci");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("CI_MERGE_REQUEST_IID: error: tollgate ci runs in merge request pipelines (CI_MERGE_REQUEST_IID is not set);"
        + " add `rules: - if: $CI_PIPELINE_SOURCE == \"merge_request_event\"` to the job, or include Tollgate's template\n");
  }
}
