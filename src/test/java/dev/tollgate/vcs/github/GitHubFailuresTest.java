package dev.tollgate.vcs.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.support.HostStub;
import dev.tollgate.support.Shared;
import dev.tollgate.vcs.Limits;
import dev.tollgate.vcs.PullRequest;
import dev.tollgate.vcs.PullRequestRef;
import dev.tollgate.vcs.VcsException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Rate limits, secondary limits and server errors are waited out as GitHub asks (replaying hub4j's
 * recordings, whose reset times are templated relative to now), within a bounded wait; 401, 403, 404
 * and 422 become errors that name the repository and the permission the call needs.
 */
class GitHubFailuresTest {

  static final String PR_BODY = Recorded.DANGER + "pr_response.json";

  static GitHubHost host(HostStub gh) throws Exception {
    return GitHubHost.connect(new GitHubConfig(URI.create(gh.url()), new GitHubAuth.Token("ghp_secret_value_123"),
        Limits.DEFAULT, gh.waits()));
  }

  /** The recorded folder serves the repository (first limited, then 200); the pull request is danger's recording. */
  static HostStub recordedLimit(String test, String repo) {
    HostStub gh = HostStub.recorded(Shared.path(Recorded.HUB4J + test));
    gh.server.stubFor(get(urlPathEqualTo("/repos/hub4j-test-org/" + repo + "/pulls/800")).willReturn(okJson(Recorded.text(PR_BODY))));
    return gh;
  }

  @Test
  void primary_rate_limit_waits_until_the_reset_time_then_retries() throws Exception {
    try (HostStub gh = recordedLimit("RateLimitHandlerTest/wiremock/testHandler_Wait", "temp-testHandler_Wait")) {
      PullRequest pr = host(gh).pullRequest(PullRequestRef.of("hub4j-test-org/temp-testHandler_Wait", 800));
      assertThat(pr.head().name()).isEqualTo("orta-circle_ci2");
      // The recording answers 403 with X-RateLimit-Remaining: 0 and a reset 3 s after its Date.
      assertThat(gh.slept).singleElement().satisfies(d -> assertThat(d).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4)));
      assertThat(gh.count(getRequestedFor(urlPathEqualTo("/repos/hub4j-test-org/temp-testHandler_Wait")))).isEqualTo(2);
    }
  }

  @Test
  void secondary_limit_403_without_retry_after_waits_one_minute() throws Exception {
    try (HostStub gh = recordedLimit("AbuseLimitHandlerTest/wiremock/testHandler_Wait_Secondary_Limits", "temp-testHandler_Wait_Secondary_Limits")) {
      host(gh).pullRequest(PullRequestRef.of("hub4j-test-org/temp-testHandler_Wait_Secondary_Limits", 800));
      assertThat(gh.slept).containsExactly(Duration.ofMinutes(1));
    }
  }

  @Test
  void secondary_limit_429_waits_as_long_as_retry_after_says() throws Exception {
    String repo = "temp-testHandler_Wait_Secondary_Limits_Too_Many_Requests";
    try (HostStub gh = recordedLimit("AbuseLimitHandlerTest/wiremock/testHandler_Wait_Secondary_Limits_Too_Many_Requests", repo)) {
      host(gh).pullRequest(PullRequestRef.of("hub4j-test-org/" + repo, 800));
      assertThat(gh.slept).containsExactly(Duration.ofSeconds(8));
      assertThat(gh.count(getRequestedFor(urlPathEqualTo("/repos/hub4j-test-org/" + repo)))).isEqualTo(2);
    }
  }

  @Test
  void a_reset_further_away_than_the_longest_wait_fails_with_the_time_it_clears() throws Exception {
    try (HostStub gh = HostStub.start()) {
      long inTwoHours = System.currentTimeMillis() / 1000 + 7200;
      gh.server.stubFor(get(urlPathEqualTo("/repos/acme/infra")).willReturn(aResponse().withStatus(403)
          .withHeader("X-RateLimit-Remaining", "0").withHeader("X-RateLimit-Reset", Long.toString(inTwoHours))
          .withBody("{\"message\":\"API rate limit exceeded\"}")));
      assertThatThrownBy(() -> host(gh).pullRequest(PullRequestRef.of("acme/infra", 7)))
          .isInstanceOf(VcsException.RateLimited.class)
          .hasMessageContaining("GitHub rate-limited acme/infra while Tollgate tried to read the pull request")
          .hasMessageContaining("waits at most 90 s");
      assertThat(gh.slept).isEmpty();
    }
  }

  @Test
  void a_limit_that_never_lifts_stops_after_three_tries() throws Exception {
    try (HostStub gh = HostStub.start()) {
      gh.server.stubFor(get(urlPathEqualTo("/repos/acme/infra")).willReturn(aResponse().withStatus(429)
          .withHeader("Retry-After", "2").withBody("{\"message\":\"You have exceeded a secondary rate limit.\"}")));
      assertThatThrownBy(() -> host(gh).pullRequest(PullRequestRef.of("acme/infra", 7)))
          .isInstanceOf(VcsException.RateLimited.class)
          .hasMessage("GitHub kept rate-limiting acme/infra while Tollgate tried to read the pull request; try again later");
      assertThat(gh.slept).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
      assertThat(gh.count(getRequestedFor(urlPathEqualTo("/repos/acme/infra")))).isEqualTo(3);
    }
  }

  @Test
  void server_errors_are_retried_with_backoff_and_retry_after() throws Exception {
    try (HostStub gh = HostStub.start()) {
      gh.server.stubFor(get(urlPathEqualTo("/repos/artsy/eigen")).willReturn(okJson(
          Recorded.json(PR_BODY).path("base").path("repo").toString())));
      String pulls = "/repos/artsy/eigen/pulls/800";
      // hand-written: no 5xx is recorded; these are the answers GitHub's edge gives under load.
      gh.server.stubFor(get(urlPathEqualTo(pulls)).inScenario("5xx").whenScenarioStateIs(STARTED)
          .willReturn(aResponse().withStatus(502).withBody("Bad Gateway")).willSetStateTo("second"));
      gh.server.stubFor(get(urlPathEqualTo(pulls)).inScenario("5xx").whenScenarioStateIs("second")
          .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "5").withBody("{}")).willSetStateTo("third"));
      gh.server.stubFor(get(urlPathEqualTo(pulls)).inScenario("5xx").whenScenarioStateIs("third")
          .willReturn(okJson(Recorded.text(PR_BODY))));

      PullRequest pr = host(gh).pullRequest(PullRequestRef.of("artsy/eigen", 800));

      assertThat(pr.ref().number()).isEqualTo(800);
      assertThat(gh.slept).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(5));
      assertThat(gh.count(getRequestedFor(urlPathEqualTo(pulls)))).isEqualTo(3);
    }
  }

  @Test
  void a_comment_post_answered_502_is_not_repeated_so_it_cannot_be_duplicated() throws Exception {
    try (HostStub gh = commentsRepo()) {
      gh.server.stubFor(post(urlPathEqualTo("/repos/artsy/eigen/issues/800/comments")).willReturn(aResponse().withStatus(502)));
      assertThatThrownBy(() -> host(gh).createComment(PullRequestRef.of("artsy/eigen", 800), "<!-- m --> hi"))
          .isInstanceOf(VcsException.Unavailable.class)
          .hasMessageStartingWith("GitHub answered 502 for artsy/eigen while Tollgate tried to comment");
      assertThat(gh.count(postRequestedFor(urlPathEqualTo("/repos/artsy/eigen/issues/800/comments")))).isEqualTo(1);
      assertThat(gh.slept).isEmpty();
    }
  }

  @Test
  void bad_credentials_say_the_token_was_not_accepted_and_never_show_it() throws Exception {
    String recorded401 = Recorded.HUB4J + "AppInstallationAuthorizationProviderTest/wiremock/validJWTTokenAllowsOauthTokenRequest/mappings/1-user.json";
    String body = Recorded.json(recorded401).path("response").path("body").asText();
    try (HostStub gh = HostStub.start()) {
      gh.server.stubFor(get(urlPathEqualTo("/repos/acme/infra")).willReturn(aResponse().withStatus(401).withBody(body)));
      assertThatThrownBy(() -> host(gh).pullRequest(PullRequestRef.of("acme/infra", 7)))
          .isInstanceOf(VcsException.Unauthorized.class)
          .hasMessage("GitHub answered 401 for acme/infra: the token was not accepted (expired, revoked or mistyped); "
              + "it needs pull_requests:read to read the pull request (GitHub said: Bad credentials)")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("ghp_secret_value_123"));
    }
  }

  @Test
  void forbidden_comment_names_the_missing_permission() throws Exception {
    try (HostStub gh = commentsRepo()) {
      gh.server.stubFor(post(urlPathEqualTo("/repos/artsy/eigen/issues/800/comments")).willReturn(aResponse().withStatus(403)
          .withBody("{\"message\":\"Resource not accessible by integration\",\"documentation_url\":\"https://docs.github.com/rest\"}")));
      assertThatThrownBy(() -> host(gh).createComment(PullRequestRef.of("artsy/eigen", 800), "<!-- m --> hi"))
          .isInstanceOf(VcsException.Forbidden.class)
          .hasMessage("GitHub answered 403 for artsy/eigen: the token needs pull_requests:write to comment "
              + "(GitHub said: Resource not accessible by integration)");
    }
  }

  @Test
  void a_repository_the_token_cannot_see_is_not_found_naming_it() throws Exception {
    try (HostStub gh = HostStub.start()) {
      gh.server.stubFor(get(urlPathMatching("/repos/.*")).willReturn(aResponse().withStatus(404)
          .withBody("{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest\"}")));
      assertThatThrownBy(() -> host(gh).changedFiles(PullRequestRef.of("acme/private-infra", 3)))
          .isInstanceOf(VcsException.NotFound.class)
          .hasMessage("GitHub answered 404 for acme/private-infra while Tollgate tried to list the changed files: "
              + "it does not exist, or the token cannot see it (the token needs pull_requests:read) (GitHub said: Not Found)");
    }
  }

  @Test
  void the_recorded_422_for_a_long_body_is_a_rejection_with_githubs_words() throws Exception {
    try (HostStub gh = commentsRepo()) {
      gh.server.stubFor(post(urlPathEqualTo("/repos/artsy/eigen/issues/800/comments")).willReturn(aResponse().withStatus(422)
          .withBody(Recorded.text(Recorded.API + "error-bodies/github-422-issue-comment-too-long.2023.json"))));
      assertThatThrownBy(() -> host(gh).createComment(PullRequestRef.of("artsy/eigen", 800), "<!-- m --> hi"))
          .isInstanceOf(VcsException.Rejected.class)
          .hasMessage("GitHub refused to let Tollgate comment on artsy/eigen (422) "
              + "(GitHub said: Validation Failed; Body is too long (maximum is 65536 characters))");
    }
  }

  @Test
  void a_comment_over_65536_characters_is_refused_before_anything_is_sent() throws Exception {
    try (HostStub gh = commentsRepo()) {
      String body = "<!-- tollgate -->" + "x".repeat(65_536);
      assertThatThrownBy(() -> host(gh).createComment(PullRequestRef.of("artsy/eigen", 800), body))
          .isInstanceOf(VcsException.Rejected.class)
          .hasMessage("the comment for artsy/eigen#800 is 65553 characters; GitHub accepts at most 65536, "
              + "so Tollgate did not send it (the report should have been cut to fit)");
      assertThat(gh.server.getAllServeEvents()).extracting(e -> e.getRequest().getUrl()).isEmpty();
      String justFits = "<!-- tollgate -->" + "€".repeat(65_536 - 17);
      gh.server.stubFor(post(urlPathEqualTo("/repos/artsy/eigen/issues/800/comments")).willReturn(okJson(
          Recorded.text(GitHubCommentLifecycleTest.PR_COMMENTS + "12-r_h_g_issues_461_comments.json")).withStatus(201)));
      host(gh).createComment(PullRequestRef.of("artsy/eigen", 800), justFits);
      assertThat(gh.count(postRequestedFor(urlPathEqualTo("/repos/artsy/eigen/issues/800/comments")))).isEqualTo(1);
    }
  }

  static HostStub commentsRepo() {
    HostStub gh = HostStub.start();
    String pr = Recorded.text(PR_BODY);
    gh.server.stubFor(get(urlPathEqualTo("/repos/artsy/eigen")).willReturn(okJson(Recorded.json(PR_BODY).path("base").path("repo").toString())));
    gh.server.stubFor(get(urlPathEqualTo("/repos/artsy/eigen/issues/800")).willReturn(okJson(pr)));
    return gh;
  }
}
