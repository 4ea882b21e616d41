package dev.tollgate.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RecalculateGuardTest {

  private final List<String> asked = new ArrayList<>();
  private final JobHandler pipeline = job -> new JobOutcome.Finished("ran for " + job.request().kind());

  private static Job job(JobKind kind, String by) {
    return new Job(1, Host.GITHUB, "d", new JobRequest("acme/infra", 1, 7, Optional.empty(), kind, Optional.ofNullable(by),
        OptionalLong.empty()), 1, Instant.EPOCH);
  }

  private WriteAccess access(String writer) {
    return (host, repo, user) -> {
      asked.add(host.id() + " " + repo + " " + user);
      return user.equals(writer);
    };
  }

  @Test
  void a_recalculate_from_a_writer_runs_the_pipeline() throws Exception {
    assertThat(new RecalculateGuard(access("octocat"), pipeline).handle(job(JobKind.RECALCULATE, "octocat")))
        .isEqualTo(new JobOutcome.Finished("ran for RECALCULATE"));
    assertThat(asked).containsExactly("github acme/infra octocat");
  }

  @Test
  void a_recalculate_from_someone_without_write_access_does_not() throws Exception {
    assertThat(new RecalculateGuard(access("octocat"), pipeline).handle(job(JobKind.RECALCULATE, "drive-by")))
        .isEqualTo(new JobOutcome.Finished("ignored: drive-by cannot write to acme/infra"));
  }

  @Test
  void a_push_runs_without_asking_and_a_failed_check_is_retried() throws Exception {
    assertThat(new RecalculateGuard(access("octocat"), pipeline).handle(job(JobKind.PUSHED, null)))
        .isEqualTo(new JobOutcome.Finished("ran for PUSHED"));
    assertThat(asked).isEmpty();
    WriteAccess down = (host, repo, user) -> {
      throw new IOException("GitHub answered 502");
    };
    assertThat(new RecalculateGuard(down, pipeline).handle(job(JobKind.RECALCULATE, "octocat")))
        .isEqualTo(new JobOutcome.Retry("could not check octocat's access: GitHub answered 502"));
  }
}
