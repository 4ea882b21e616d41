package dev.tollgate.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.jobs.Host;
import dev.tollgate.jobs.Job;
import dev.tollgate.jobs.JobKind;
import dev.tollgate.jobs.JobOutcome;
import dev.tollgate.jobs.JobRequest;
import dev.tollgate.pipeline.PipelineSettings;
import dev.tollgate.pricing.catalog.PriceCatalog;
import dev.tollgate.support.HostStub;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** How a job's code-host trouble ends: later for limits and outages, failed with the reason for refusals. */
class EstimateJobsTest {

  static Job job(Host host, JobKind kind, OptionalLong installation) {
    return new Job(1, host, "d-1", new JobRequest("acme/infra", 99, 7, Optional.empty(), kind, Optional.empty(), installation),
        1, Instant.now());
  }

  static EstimateJobs jobs(HostStub gh, CodeHostSettings settings) {
    return new EstimateJobs(new CodeHosts(settings, gh.waits()), PipelineSettings.of(PriceCatalog.shipped()));
  }

  static CodeHostSettings token(HostStub gh) {
    return new CodeHostSettings(Optional.empty(), Optional.empty(), Optional.of(Secret.of("ghp_test")), URI.create(gh.url()),
        URI.create("https://gitlab.com"), Optional.empty());
  }

  @Test
  void closed_and_merged_pull_requests_are_not_estimated_and_ask_nothing_of_the_host() throws Exception {
    try (HostStub gh = HostStub.start()) {
      EstimateJobs jobs = jobs(gh, token(gh));
      assertThat(jobs.handle(job(Host.GITHUB, JobKind.CLOSED, OptionalLong.empty())))
          .isEqualTo(new JobOutcome.Finished("closed without merging; nothing estimated"));
      assertThat(jobs.handle(job(Host.GITHUB, JobKind.MERGED, OptionalLong.of(3))))
          .isEqualTo(new JobOutcome.Finished("merged: its last estimate joins the repository's trend"));
      assertThat(gh.server.getAllServeEvents()).isEmpty();
    }
  }

  @Test
  void a_host_that_is_not_configured_fails_the_job_saying_which_setting_is_missing() throws Exception {
    try (HostStub gh = HostStub.start()) {
      assertThat(jobs(gh, token(gh)).handle(job(Host.GITLAB, JobKind.PUSHED, OptionalLong.empty()))).isEqualTo(new JobOutcome.Failed(
          "a GitLab delivery arrived, but no GitLab token is set: TOLLGATE_GITLAB_TOKEN or gitlab-token-file"));
      CodeHostSettings none = new CodeHostSettings(Optional.empty(), Optional.empty(), Optional.empty(), URI.create(gh.url()),
          URI.create("https://gitlab.com"), Optional.of(Secret.of("glpat")));
      assertThat(jobs(gh, none).handle(job(Host.GITHUB, JobKind.OPENED, OptionalLong.of(5)))).isEqualTo(new JobOutcome.Failed(
          "the delivery came from GitHub App installation 5, but no GitHub App is configured: set github-app-id and"
              + " TOLLGATE_GITHUB_APP_PRIVATE_KEY (or TOLLGATE_GITHUB_TOKEN)"));
    }
  }

  @Test
  void a_refusal_fails_the_job_with_the_permission_and_an_outage_retries_it() throws Exception {
    try (HostStub gh = HostStub.start()) {
      gh.server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(403).withBody("{\"message\":\"Resource not accessible by integration\"}")));
      assertThat(jobs(gh, token(gh)).handle(job(Host.GITHUB, JobKind.PUSHED, OptionalLong.empty()))).isEqualTo(new JobOutcome.Failed(
          "GitHub answered 403 for acme/infra: the token needs pull_requests:read to read the pull request"
              + " (GitHub said: Resource not accessible by integration)"));
    }
    try (HostStub gh = HostStub.start()) {
      gh.server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(502).withBody("{\"message\":\"Server Error\"}")));
      JobOutcome outcome = jobs(gh, token(gh)).handle(job(Host.GITHUB, JobKind.PUSHED, OptionalLong.empty()));
      assertThat(outcome).isInstanceOf(JobOutcome.Retry.class);
      assertThat(((JobOutcome.Retry) outcome).reason()).startsWith("GitHub answered 502 for acme/infra while Tollgate tried to");
      assertThat(gh.slept).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }
  }
}
