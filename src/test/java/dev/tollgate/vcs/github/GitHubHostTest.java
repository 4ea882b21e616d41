package dev.tollgate.vcs.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.tollgate.support.HostStub;
import dev.tollgate.vcs.ChangedFile;
import dev.tollgate.vcs.CheckReport;
import dev.tollgate.vcs.Limits;
import dev.tollgate.vcs.PullRequest;
import dev.tollgate.vcs.PullRequestRef;
import dev.tollgate.vcs.RepoRef;
import dev.tollgate.vcs.Snapshot;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GitHub client against recorded GitHub answers: pull request facts, files, contents, archives, checks. */
class GitHubHostTest {

  static final PullRequestRef EIGEN_800 = PullRequestRef.of("artsy/eigen", 800);
  static final String EIGEN_HEAD = "561827e46167077b5e53515b4b7349b8ae04610b";

  static GitHubHost host(HostStub gh) throws Exception {
    return GitHubHost.connect(new GitHubConfig(URI.create(gh.url()), new GitHubAuth.Token("ghp_not_a_real_token"),
        Limits.DEFAULT, gh.waits()));
  }

  /** danger's recording of artsy/eigen#800; the repository answer is the one embedded in it. */
  static void serveEigen(HostStub gh) {
    JsonNode pr = Recorded.json(Recorded.DANGER + "pr_response.json");
    gh.server.stubFor(get(urlPathEqualTo("/repos/artsy/eigen")).willReturn(okJson(pr.path("base").path("repo").toString())));
    gh.server.stubFor(get(urlPathEqualTo("/repos/artsy/eigen/pulls/800")).willReturn(okJson(pr.toString())));
  }

  @Test
  void pull_request_facts_come_from_the_recorded_pull_request() throws Exception {
    try (HostStub gh = HostStub.start()) {
      serveEigen(gh);
      PullRequest pr = host(gh).pullRequest(EIGEN_800);
      assertThat(pr.title()).isNotBlank();
      assertThat(pr.author()).isEqualTo("orta");
      assertThat(pr.base().name()).isEqualTo("master");
      assertThat(pr.head().name()).isEqualTo("orta-circle_ci2");
      assertThat(pr.head().sha()).isEqualTo(EIGEN_HEAD);
      assertThat(pr.head().repo()).isEqualTo("artsy/eigen");
      assertThat(pr.fromFork()).isFalse();
      assertThat(pr.state()).isEqualTo(PullRequest.State.CLOSED);
      assertThat(pr.labels()).isEmpty();
    }
  }

  @Test
  void changed_files_are_read_across_pages_with_renames() throws Exception {
    try (HostStub gh = HostStub.start()) {
      serveEigen(gh);
      JsonNode files = Recorded.json(Recorded.DANGER + "inline_comments_pr_diff_files.json");
      String next = "<" + gh.url() + "/repos/artsy/eigen/pulls/800/files?per_page=100&page=2>; rel=\"next\"";
      gh.server.stubFor(get(urlPathEqualTo("/repos/artsy/eigen/pulls/800/files")).withQueryParam("page", equalTo("2"))
          // the recordings have no rename: the last entry is a hand-written stub in GitHub's documented shape
          .willReturn(okJson("[" + files.get(2) + "," + GitHubEnterpriseTest.stub("github-pull-files-renamed.json") + "]")));
      gh.server.stubFor(get(urlPathEqualTo("/repos/artsy/eigen/pulls/800/files")).atPriority(10)
          .willReturn(okJson("[" + files.get(0) + "," + files.get(1) + "]").withHeader("Link", next)));

      List<ChangedFile> changed = host(gh).changedFiles(EIGEN_800);

      assertThat(changed).extracting(ChangedFile::path).containsExactly("CHANGELOG.md",
          "ios/Example/App Delegates/README.md", "Rakefile", "modules/db/main.tf");
      assertThat(changed.get(0).status()).isEqualTo(ChangedFile.Status.MODIFIED);
      assertThat(changed.get(3).status()).isEqualTo(ChangedFile.Status.RENAMED);
      assertThat(changed.get(3).previousPath()).contains("modules/database/main.tf");
      assertThat(gh.count(getRequestedFor(urlPathEqualTo("/repos/artsy/eigen/pulls/800/files")))).isEqualTo(2);
    }
  }

  @Test
  void file_contents_are_decoded_and_a_file_missing_at_the_commit_is_empty() throws Exception {
    try (HostStub gh = HostStub.start()) {
      serveEigen(gh);
      gh.server.stubFor(get(urlPathEqualTo("/repos/artsy/eigen/contents/path/Dangerfile")).withQueryParam("ref", equalTo(EIGEN_HEAD))
          .willReturn(okJson(Recorded.text(Recorded.DANGER + "contents_response.json"))));
      gh.server.stubFor(get(urlPathEqualTo("/repos/artsy/eigen/contents/main.tf"))
          .willReturn(notFound().withBody("{\"message\":\"Not Found\"}")));
      GitHubHost host = host(gh);

      Optional<byte[]> dangerfile = host.file(new RepoRef("artsy/eigen"), "path/Dangerfile", EIGEN_HEAD);
      assertThat(dangerfile).get().satisfies(b -> {
        assertThat(b).hasSize(3270);
        assertThat(new String(b, StandardCharsets.UTF_8)).contains("declared_trivial");
      });
      assertThat(host.file(new RepoRef("artsy/eigen"), "main.tf", EIGEN_HEAD)).isEmpty();
      // a path from a pull request must not turn into another API route
      assertThatThrownBy(() -> host.file(new RepoRef("artsy/eigen"), "../../../user", EIGEN_HEAD))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("not a repository-relative file path: ../../../user");
    }
  }

  @Test
  void archive_follows_the_redirect_without_credentials_and_unpacks_below_the_top_folder(@TempDir Path tmp) throws Exception {
    byte[] zip = zip("artsy-eigen-561827e/main.tf", "resource \"aws_instance\" \"web\" {}\n",
        "artsy-eigen-561827e/modules/db/variables.tf", "variable \"size\" {}\n");
    try (HostStub gh = HostStub.start(); HostStub codeload = HostStub.start()) {
      serveEigen(gh);
      gh.server.stubFor(get(urlPathEqualTo("/repos/artsy/eigen/zipball/" + EIGEN_HEAD)).willReturn(aResponse()
          .withStatus(302).withHeader("Location", codeload.url() + "/artsy/eigen/legacy.zip/" + EIGEN_HEAD + "?token=signed")));
      codeload.server.stubFor(get(urlPathMatching("/artsy/eigen/legacy.zip/.*")).willReturn(aResponse().withBody(zip)));

      Snapshot snap = host(gh).archive(new RepoRef("artsy/eigen"), EIGEN_HEAD, tmp.resolve("head"));

      assertThat(snap.files()).isEqualTo(2);
      assertThat(snap.bytes()).isEqualTo(33 + 19);
      assertThat(Files.readString(tmp.resolve("head/modules/db/variables.tf"))).isEqualTo("variable \"size\" {}\n");
      assertThat(gh.server.findAll(getRequestedFor(urlPathMatching("/repos/artsy/eigen/zipball/.*"))).get(0)
          .getHeader("Authorization")).isEqualTo("token ghp_not_a_real_token");
      assertThat(codeload.server.findAll(getRequestedFor(urlPathMatching("/artsy/.*"))).get(0)
          .containsHeader("Authorization")).isFalse();
    }
  }

  @Test
  void check_run_annotations_carry_file_line_and_message_in_batches_of_50() throws Exception {
    String checks = Recorded.HUB4J + "GHCheckRunBuilderTest/wiremock/updateCheckRun/__files/";
    try (HostStub gh = HostStub.start()) {
      gh.server.stubFor(get(urlPathEqualTo("/repos/hub4j-test-org/test-checks")).willReturn(okJson(Recorded.text(checks + "4-r_h_test-checks.json"))));
      gh.server.stubFor(post(urlPathEqualTo("/repos/hub4j-test-org/test-checks/check-runs"))
          .willReturn(okJson(Recorded.text(checks + "5-r_h_t_check-runs.json")).withStatus(201)));
      gh.server.stubFor(patch(urlPathEqualTo("/repos/hub4j-test-org/test-checks/check-runs/1424883037"))
          .willReturn(okJson(Recorded.text(checks + "6-r_h_t_check-runs_1424883037.json"))));
      List<CheckReport.Annotation> annotations = new ArrayList<>();
      for (int i = 1; i <= 60; i++) {
        annotations.add(new CheckReport.Annotation("infra/main.tf", i * 3, CheckReport.Level.FAILURE,
            "Budget exceeded", "aws_instance.web_" + i + " adds $" + (100 + i) + ".00/month"));
      }
      CheckReport report = new CheckReport("tollgate", CheckReport.Conclusion.FAILURE, "Monthly cost +$6,330.00",
          "The infra project is over its $500 budget.", "", annotations);

      host(gh).setCheck(new RepoRef("hub4j-test-org/test-checks"), "89a9ae301e35e667756034fdc933b1fc94f63fc1", report);

      LoggedRequest created = gh.server.findAll(postRequestedFor(urlPathEqualTo("/repos/hub4j-test-org/test-checks/check-runs"))).get(0);
      JsonNode body = Recorded.JSON.readTree(created.getBodyAsString());
      assertThat(body.path("conclusion").asText()).isEqualTo("failure");
      assertThat(body.path("head_sha").asText()).isEqualTo("89a9ae301e35e667756034fdc933b1fc94f63fc1");
      assertThat(body.path("output").path("summary").asText()).isEqualTo("The infra project is over its $500 budget.");
      JsonNode first = body.path("output").path("annotations");
      assertThat(first).hasSize(50);
      assertThat(first.get(0).path("path").asText()).isEqualTo("infra/main.tf");
      assertThat(first.get(0).path("start_line").asInt()).isEqualTo(3);
      assertThat(first.get(0).path("end_line").asInt()).isEqualTo(3);
      assertThat(first.get(0).path("annotation_level").asText()).isEqualTo("failure");
      assertThat(first.get(0).path("message").asText()).isEqualTo("aws_instance.web_1 adds $101.00/month");
      List<LoggedRequest> updates = gh.server.findAll(patchRequestedFor(
          urlPathEqualTo("/repos/hub4j-test-org/test-checks/check-runs/1424883037")));
      assertThat(updates).hasSize(1);
      JsonNode rest = Recorded.JSON.readTree(updates.get(0).getBodyAsString()).path("output").path("annotations");
      assertThat(rest).hasSize(10);
      assertThat(rest.get(9).path("start_line").asInt()).isEqualTo(180);
    }
  }

  static byte[] zip(String... namesAndContents) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        z.putNextEntry(new ZipEntry(namesAndContents[i]));
        z.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
