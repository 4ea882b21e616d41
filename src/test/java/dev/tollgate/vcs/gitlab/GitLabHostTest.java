package dev.tollgate.vcs.gitlab;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.tollgate.support.HostStub;
import dev.tollgate.support.RawHttp;
import dev.tollgate.support.Shared;
import dev.tollgate.vcs.ChangedFile;
import dev.tollgate.vcs.CheckReport;
import dev.tollgate.vcs.Limits;
import dev.tollgate.vcs.PullRequest;
import dev.tollgate.vcs.PullRequestRef;
import dev.tollgate.vcs.RepoRef;
import dev.tollgate.vcs.Snapshot;
import dev.tollgate.vcs.VcsException;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GitLab client against answers recorded on gitlab.com (danger) and in gitlab4j and go-gitlab. */
class GitLabHostTest {

  static final String DANGER = "reference/vcs/gitlab-api-recordings/danger/spec/fixtures/gitlab_api/";
  static final String GITLAB4J = "reference/vcs/gitlab-api-recordings/gitlab4j-api/gitlab4j-models/src/test/resources/org/gitlab4j/models/";
  static final String GO_GITLAB = "reference/vcs/gitlab-api-recordings/go-gitlab/testdata/";
  static final PullRequestRef MR = PullRequestRef.of("k0nserv/danger-test", 1);
  static final String MR_PATH = "/api/v4/projects/[^/]+/merge_requests/1";
  static final String HEAD = "04e58de1fa97502d7e28c1394d471bb8fb1fc4a8";

  static GitLabHost host(HostStub gl) {
    return GitLabHost.connect(new GitLabConfig(URI.create(gl.url() + "/api/v4/"),
        new GitLabAuth(GitLabAuth.Kind.PERSONAL, "glpat-secret-value"), Limits.DEFAULT, gl.waits()));
  }

  static String text(String relative) throws Exception {
    return Files.readString(Shared.path(relative));
  }

  @Test
  void merge_request_facts_come_from_the_recorded_merge_request() throws Exception {
    try (HostStub gl = HostStub.start()) {
      gl.server.stubFor(get(urlPathMatching(MR_PATH)).willReturn(RawHttp.response(Shared.path(DANGER + "merge_request_1_response.json"))));
      PullRequest pr = host(gl).pullRequest(MR);
      assertThat(pr.title()).isEqualTo("Add a");
      assertThat(pr.author()).isEqualTo("k0nserv");
      assertThat(pr.labels()).containsExactly("test-label");
      assertThat(pr.base().name()).isEqualTo("master");
      assertThat(pr.head().name()).isEqualTo("mr-test");
      assertThat(pr.head().sha()).isEqualTo(HEAD);
      assertThat(pr.fromFork()).isFalse();
      assertThat(pr.state()).isEqualTo(PullRequest.State.OPEN);
      assertThat(gl.server.findAll(getRequestedFor(urlPathMatching(MR_PATH))).get(0).getHeader("PRIVATE-TOKEN"))
          .isEqualTo("glpat-secret-value");
    }
  }

  @Test
  void changed_files_come_from_diffs_and_fall_back_to_changes_on_older_servers() throws Exception {
    try (HostStub gl = HostStub.start()) {
      gl.server.stubFor(get(urlPathMatching(MR_PATH + "/diffs")).willReturn(okJson(text(GO_GITLAB + "list_merge_request_diff.json"))));
      assertThat(host(gl).changedFiles(MR)).extracting(ChangedFile::path).containsExactly("README", "VERSION");
    }
    try (HostStub gl = HostStub.start()) {
      gl.server.stubFor(get(urlPathMatching(MR_PATH + "/diffs")).willReturn(aResponse().withStatus(404).withBody("{\"message\":\"404 Not Found\"}")));
      gl.server.stubFor(get(urlPathMatching(MR_PATH + "/changes")).willReturn(RawHttp.response(Shared.path(DANGER + "merge_request_1_changes_response.json"))));
      List<ChangedFile> files = host(gl).changedFiles(MR);
      assertThat(files).extracting(ChangedFile::path).containsExactly("Dangerfile", "a", "b");
      assertThat(files).extracting(ChangedFile::status)
          .containsExactly(ChangedFile.Status.MODIFIED, ChangedFile.Status.ADDED, ChangedFile.Status.ADDED);
    }
  }

  @Test
  void a_file_is_decoded_a_missing_one_is_empty_and_a_broken_encoding_is_an_error() throws Exception {
    String tf = "resource \"aws_instance\" \"web\" {\n  instance_type = \"m5.large\"\n}\n";
    try (HostStub gl = HostStub.start()) {
      // hand-written on the shape of gitlab4j's repository-file.json, whose content is cut off ("...").
      gl.server.stubFor(get(urlPathMatching("/api/v4/projects/[^/]+/repository/files/main%2Etf")).willReturn(okJson(
          "{\"file_name\":\"main.tf\",\"file_path\":\"main.tf\",\"size\":" + tf.length() + ",\"encoding\":\"base64\",\"content\":\""
              + Base64.getEncoder().encodeToString(tf.getBytes(StandardCharsets.UTF_8)) + "\",\"ref\":\"" + HEAD + "\"}")));
      gl.server.stubFor(get(urlPathMatching("/api/v4/projects/[^/]+/repository/files/app%2Fmodels%2Fkey%2Erb"))
          .willReturn(okJson(text(GITLAB4J + "repository-file.json"))));
      gl.server.stubFor(get(urlPathMatching("/api/v4/projects/[^/]+/repository/files/gone%2Etf"))
          .willReturn(aResponse().withStatus(404).withBody("{\"message\":\"404 File Not Found\"}")));
      GitLabHost host = host(gl);
      RepoRef repo = new RepoRef("k0nserv/danger-test");
      assertThat(host.file(repo, "main.tf", HEAD)).get().extracting(b -> new String(b, StandardCharsets.UTF_8)).isEqualTo(tf);
      assertThat(host.file(repo, "gone.tf", HEAD)).isEmpty();
      assertThatThrownBy(() -> host.file(repo, "app/models/key.rb", HEAD))
          .isInstanceOf(VcsException.Rejected.class)
          .hasMessage("GitLab sent app/models/key.rb at " + HEAD + " in k0nserv/danger-test as content that is not valid base64");
    }
  }

  @Test
  void the_archive_is_unpacked_below_its_top_folder(@TempDir Path tmp) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      z.putNextEntry(new ZipEntry("danger-test-" + HEAD + "-" + HEAD + "/infra/main.tf"));
      z.write("# infra\n".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    try (HostStub gl = HostStub.start()) {
      gl.server.stubFor(get(urlPathMatching("/api/v4/projects/[^/]+/repository/archive\\.zip"))
          .willReturn(aResponse().withHeader("Content-Type", "application/zip").withBody(bytes.toByteArray())));
      Snapshot s = host(gl).archive(new RepoRef("k0nserv/danger-test"), HEAD, tmp.resolve("base"));
      assertThat(s.files()).isEqualTo(1);
      assertThat(tmp.resolve("base/infra/main.tf")).hasContent("# infra");
      assertThat(gl.server.findAll(getRequestedFor(urlPathMatching(".*/archive\\.zip"))).get(0).queryParameter("sha").firstValue())
          .isEqualTo(HEAD);
    }
  }

  @Test
  void a_failed_verdict_sets_a_failed_commit_status_with_the_title() throws Exception {
    try (HostStub gl = HostStub.start()) {
      gl.server.stubFor(post(urlPathMatching("/api/v4/projects/[^/]+/statuses/" + HEAD))
          .willReturn(okJson(text(GITLAB4J + "commit-status.json")).withStatus(201)));
      host(gl).setCheck(new RepoRef("k0nserv/danger-test"), HEAD, new CheckReport("tollgate", CheckReport.Conclusion.FAILURE,
          "Monthly cost +$1,234.00: over the $500 budget", "long summary", "https://ci.example.com/job/1", List.of()));
      LoggedRequest sent = gl.server.findAll(postRequestedFor(urlPathMatching(".*/statuses/.*"))).get(0);
      String form = java.net.URLDecoder.decode(sent.getBodyAsString() + "&" + sent.getUrl().replaceFirst(".*\\?", ""), StandardCharsets.UTF_8);
      assertThat(form).contains("state=failed").contains("name=tollgate")
          .contains("description=Monthly cost +$1,234.00: over the $500 budget").contains("target_url=https://ci.example.com/job/1");
    }
  }

  @Test
  void errors_name_the_project_and_what_the_token_needs() throws Exception {
    try (HostStub gl = HostStub.start()) {
      gl.server.stubFor(get(urlPathMatching(MR_PATH)).willReturn(aResponse().withStatus(401).withBody("{\"message\":\"401 Unauthorized\"}")));
      gl.server.stubFor(post(urlPathMatching(MR_PATH + "/notes")).willReturn(aResponse().withStatus(403).withBody("{\"message\":\"403 Forbidden\"}")));
      gl.server.stubFor(get(urlPathMatching(MR_PATH + "/diffs")).willReturn(aResponse().withStatus(404).withBody("{\"message\":\"404 Project Not Found\"}")));
      gl.server.stubFor(get(urlPathMatching(MR_PATH + "/changes")).willReturn(aResponse().withStatus(404).withBody("{\"message\":\"404 Project Not Found\"}")));
      GitLabHost host = host(gl);
      assertThatThrownBy(() -> host.pullRequest(MR)).isInstanceOf(VcsException.Unauthorized.class)
          .hasMessage("GitLab answered 401 for k0nserv/danger-test: the personal access token was not accepted "
              + "(expired, revoked or mistyped); it needs the read_api scope to read the pull request (GitLab said: 401 Unauthorized)")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("glpat-secret-value"));
      assertThatThrownBy(() -> host.createComment(MR, "<!-- t --> hi")).isInstanceOf(VcsException.Forbidden.class)
          .hasMessage("GitLab answered 403 for k0nserv/danger-test: the personal access token needs the api scope and at least "
              + "the Reporter role to comment (GitLab said: 403 Forbidden)");
      assertThatThrownBy(() -> host.changedFiles(MR)).isInstanceOf(VcsException.NotFound.class)
          .hasMessageStartingWith("GitLab answered 404 for k0nserv/danger-test while Tollgate tried to list the changed files: "
              + "it does not exist, or the token cannot see it");
      assertThat(gl.count(postRequestedFor(urlPathMatching(MR_PATH + "/notes")))).isEqualTo(1);
    }
  }

  @Test
  void rate_limits_and_server_errors_are_waited_out_as_gitlab_asks() throws Exception {
    try (HostStub gl = HostStub.start()) {
      // hand-written: GitLab.com's 429 carries Retry-After and RateLimit-* headers (danger's discussions recording shows the latter).
      gl.server.stubFor(get(urlPathMatching(MR_PATH)).inScenario("limits").whenScenarioStateIs(STARTED)
          .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7").withBody("{\"message\":\"429 Too Many Requests\"}"))
          .willSetStateTo("5xx"));
      gl.server.stubFor(get(urlPathMatching(MR_PATH)).inScenario("limits").whenScenarioStateIs("5xx")
          .willReturn(aResponse().withStatus(502).withBody("<html>502 Bad Gateway</html>")).willSetStateTo("ok"));
      gl.server.stubFor(get(urlPathMatching(MR_PATH)).inScenario("limits").whenScenarioStateIs("ok")
          .willReturn(RawHttp.response(Shared.path(DANGER + "merge_request_1_response.json"))));
      assertThat(host(gl).pullRequest(MR).head().sha()).isEqualTo(HEAD);
      assertThat(gl.slept).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(2));
    }
  }

  @Test
  void a_note_post_answered_502_is_not_repeated() throws Exception {
    try (HostStub gl = HostStub.start()) {
      gl.server.stubFor(post(urlPathMatching(MR_PATH + "/notes")).willReturn(aResponse().withStatus(502).withBody("bad gateway")));
      assertThatThrownBy(() -> host(gl).createComment(MR, "<!-- t --> hi")).isInstanceOf(VcsException.Unavailable.class)
          .hasMessageStartingWith("GitLab answered 502 for k0nserv/danger-test while Tollgate tried to comment");
      assertThat(gl.count(postRequestedFor(urlPathMatching(MR_PATH + "/notes")))).isEqualTo(1);
    }
  }

  @Test
  void ci_api_urls_and_typed_hosts_become_the_server_url() {
    assertThat(GitLabConfig.serverUrlFor("https://gitlab.example.com/api/v4")).hasToString("https://gitlab.example.com");
    assertThat(GitLabConfig.serverUrlFor("https://example.com/gitlab/api/v4/")).hasToString("https://example.com/gitlab");
    assertThat(GitLabConfig.serverUrlFor("gitlab.example.com")).hasToString("https://gitlab.example.com");
    assertThat(GitLabConfig.serverUrlFor("")).hasToString("https://gitlab.com");
    assertThat(new GitLabAuth(GitLabAuth.Kind.GROUP, "glpat-x").toString()).isEqualTo("GitLabAuth[group access token, redacted]");
  }
}
