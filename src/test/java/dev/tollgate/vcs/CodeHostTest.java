package dev.tollgate.vcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The unconfigured host, and the guard that keeps upsert from posting a comment it could not find again. */
class CodeHostTest {

  static final PullRequestRef PR = PullRequestRef.of("acme/infra", 7);

  @Test
  void an_unconfigured_host_fails_every_call_with_its_reason() {
    CodeHost none = CodeHost.unconfigured("no code host: set GITHUB_TOKEN, or GITLAB_TOKEN with CI_API_V4_URL");
    String reason = "no code host: set GITHUB_TOKEN, or GITLAB_TOKEN with CI_API_V4_URL";
    assertThatThrownBy(() -> none.pullRequest(PR)).isInstanceOf(VcsException.NotConfigured.class).hasMessage(reason);
    assertThatThrownBy(() -> none.changedFiles(PR)).hasMessage(reason);
    assertThatThrownBy(() -> none.file(PR.repo(), "main.tf", "abcdef1")).hasMessage(reason);
    assertThatThrownBy(() -> none.archive(PR.repo(), "abcdef1", Path.of("x"))).hasMessage(reason);
    assertThatThrownBy(() -> none.upsertComment(PR, "<!-- m -->", "<!-- m --> body")).hasMessage(reason);
    assertThatThrownBy(() -> none.setCheck(PR.repo(), "abcdef1",
        new CheckReport("tollgate", CheckReport.Conclusion.SUCCESS, "ok", "", "", List.of()))).hasMessage(reason);
    assertThat(((VcsException) catchThrowable(() -> none.pullRequest(PR))).status()).isEqualTo(-1);
  }

  @Test
  void upsert_refuses_a_body_without_its_marker() {
    CodeHost none = CodeHost.unconfigured("unused");
    assertThatThrownBy(() -> none.upsertComment(PR, "<!-- tollgate -->", "a body that forgot it"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the comment body must carry its marker <!-- tollgate -->");
  }

  @Test
  void references_validate_what_they_are_given() {
    assertThat(PR.toString()).isEqualTo("acme/infra#7");
    assertThatThrownBy(() -> PullRequestRef.of("acme/infra", 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RepoRef("acme infra")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CheckReport.Annotation("main.tf", 0, CheckReport.Level.NOTICE, "", "m"))
        .hasMessage("annotation lines start at 1, got 0");
  }
}
