package dev.tollgate.vcs.gitlab;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.support.HostStub;
import dev.tollgate.support.Shared;
import dev.tollgate.vcs.CodeHost;
import dev.tollgate.vcs.Limits;
import dev.tollgate.vcs.RepoRef;
import java.net.URI;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Who may run /tollgate recalculate on GitLab: a member with the Developer role or above, inherited
 * from a group or not. The user lookup is atlantis's recorded answer; the member answers are
 * hand-written in GitLab's documented shape (no recording has one).
 */
class GitLabWriteAccessTest {

  static final String USERS = "reference/vcs/gitlab-api-recordings/atlantis/server/events/vcs/gitlab/testdata/user-success.json";

  CodeHost host(HostStub gl) {
    return GitLabHost.connect(new GitLabConfig(URI.create(gl.url()), new GitLabAuth(GitLabAuth.Kind.GROUP, "glpat-x"),
        Limits.DEFAULT, gl.waits()));
  }

  boolean canWrite(int accessLevel) throws Exception {
    try (HostStub gl = HostStub.start()) {
      gl.server.stubFor(get(urlPathEqualTo("/api/v4/users")).withQueryParam("username", equalTo("testuser"))
          .willReturn(okJson(Files.readString(Shared.path(USERS)))));
      gl.server.stubFor(get(urlPathMatching("/api/v4/projects/[^/]+/members/all/123"))
          .willReturn(okJson("{\"id\":123,\"username\":\"testuser\",\"state\":\"active\",\"access_level\":" + accessLevel + "}")));
      return host(gl).canWrite(new RepoRef("acme/infra"), "testuser");
    }
  }

  @Test
  void developers_and_above_may_write_reporters_may_not() throws Exception {
    assertThat(canWrite(30)).isTrue();
    assertThat(canWrite(40)).isTrue();
    assertThat(canWrite(20)).isFalse();
  }

  @Test
  void a_user_who_is_no_member_or_does_not_exist_may_not() throws Exception {
    try (HostStub gl = HostStub.start()) {
      gl.server.stubFor(get(urlPathEqualTo("/api/v4/users")).withQueryParam("username", equalTo("testuser"))
          .willReturn(okJson(Files.readString(Shared.path(USERS)))));
      gl.server.stubFor(get(urlPathMatching("/api/v4/projects/[^/]+/members/all/123"))
          .willReturn(aResponse().withStatus(404).withBody("{\"message\":\"404 Not found\"}")));
      gl.server.stubFor(get(urlPathEqualTo("/api/v4/users")).withQueryParam("username", equalTo("nobody")).willReturn(okJson("[]")));
      assertThat(host(gl).canWrite(new RepoRef("acme/infra"), "testuser")).isFalse();
      assertThat(host(gl).canWrite(new RepoRef("acme/infra"), "nobody")).isFalse();
    }
  }
}
