package dev.tollgate.server;

import dev.tollgate.jobs.Job;
import dev.tollgate.jobs.JobHandler;
import dev.tollgate.jobs.JobKind;
import dev.tollgate.jobs.JobOutcome;
import dev.tollgate.jobs.RecalculateGuard;
import dev.tollgate.model.InputException;
import dev.tollgate.model.Problem;
import dev.tollgate.pipeline.PipelineOutcome;
import dev.tollgate.pipeline.PipelineSettings;
import dev.tollgate.pipeline.PullRequestInput;
import dev.tollgate.pipeline.PullRequestPipeline;
import dev.tollgate.report.CommentRenderer;
import dev.tollgate.store.EstimateSummary;
import dev.tollgate.store.ProjectTotal;
import dev.tollgate.store.Verdict;
import dev.tollgate.vcs.CodeHost;
import dev.tollgate.vcs.PullRequest;
import dev.tollgate.vcs.PullRequestRef;
import dev.tollgate.vcs.RepoRef;
import dev.tollgate.vcs.VcsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The work of a job in {@code tollgate serve}: the pull request's facts and changed files from its
 * code host, its repository at the base and at the head downloaded into a temporary folder (deleted
 * after), the pull request pipeline, and the totals for the history. A closed pull request is not
 * estimated; a merged one lets the queue mark its last estimate merged. {@code /tollgate recalculate}
 * runs only for someone the code host says may write to the repository. Rate limits, server errors
 * and timeouts are retried later; refusals (401, 403, 404) and a base configuration that does not
 * load fail the job with the reason.
 */
final class EstimateJobs implements JobHandler {

  private final CodeHosts hosts;
  private final PipelineSettings settings;

  EstimateJobs(CodeHosts hosts, PipelineSettings settings) {
    this.hosts = hosts;
    this.settings = settings;
  }

  @Override
  public JobOutcome handle(Job job) throws Exception {
    // Nothing to estimate and nothing to post: the queue records what the event means for the history.
    if (job.request().kind() == JobKind.CLOSED) {
      return new JobOutcome.Finished("closed without merging; nothing estimated");
    }
    if (job.request().kind() == JobKind.MERGED) {
      return new JobOutcome.Finished("merged: its last estimate joins the repository's trend");
    }
    CodeHost host;
    try {
      host = hosts.forJob(job);
    } catch (VcsException e) {
      return failure(e);
    }
    RecalculateGuard guard = new RecalculateGuard((h, repo, user) -> canWrite(host, repo, user), j -> estimate(host, j));
    return guard.handle(job);
  }

  private static boolean canWrite(CodeHost host, String repo, String user) throws IOException {
    try {
      return host.canWrite(new RepoRef(repo), user);
    } catch (VcsException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private JobOutcome estimate(CodeHost host, Job job) {
    PullRequestRef ref = new PullRequestRef(new RepoRef(job.request().repo()), job.request().number());
    Path tmp = null;
    try {
      PullRequest pr = host.pullRequest(ref);
      if (pr.state() != PullRequest.State.OPEN) {
        return new JobOutcome.Finished("the pull request is " + pr.state().name().toLowerCase(java.util.Locale.ROOT) + "; nothing estimated");
      }
      if (pr.base().sha().isEmpty() || pr.head().sha().isEmpty()) {
        // GitLab fills in a new merge request's diff refs a moment after the hook.
        return new JobOutcome.Retry(host.name() + " does not say the base and head commits of " + ref + " yet");
      }
      var changed = host.changedFiles(ref);
      tmp = Files.createTempDirectory("tollgate-job-" + job.id() + "-");
      Path base = tmp.resolve("base");
      Path head = tmp.resolve("head");
      host.archive(ref.repo(), pr.base().sha(), base);
      host.archive(ref.repo(), pr.head().sha(), head);
      CommentRenderer.Host kind = job.host() == dev.tollgate.jobs.Host.GITLAB ? CommentRenderer.Host.GITLAB : CommentRenderer.Host.GITHUB;
      PullRequestPipeline pipeline = new PullRequestPipeline(settings);
      PipelineOutcome outcome = pipeline.publish(host, pipeline.prepare(new PullRequestInput(pr, changed, base, head, kind)));
      return new JobOutcome.Estimated(summary(outcome));
    } catch (VcsException e) {
      return failure(e);
    } catch (InputException e) {
      List<String> lines = new ArrayList<>();
      for (Problem p : e.problems()) {
        lines.add(p.render());
      }
      return new JobOutcome.Failed("the pull request cannot be estimated: " + String.join("; ", lines));
    } catch (IOException e) {
      return new JobOutcome.Retry("could not write the repository's files to a temporary folder: " + e.getMessage());
    } finally {
      deleteTree(tmp);
    }
  }

  static EstimateSummary summary(PipelineOutcome o) {
    List<ProjectTotal> projects = new ArrayList<>();
    for (PipelineOutcome.Total t : o.projects()) {
      projects.add(new ProjectTotal(t.name(), t.before(), t.after()));
    }
    Verdict verdict = o.judged() ? Verdict.valueOf(o.verdict().name()) : Verdict.NONE;
    return new EstimateSummary(o.headSha(), o.currency(), projects, verdict, o.unpriced());
  }

  /** A host that asks to wait or is down: again later; one that refuses: failed, with its words. */
  static JobOutcome failure(VcsException e) {
    if (e instanceof VcsException.RateLimited || e instanceof VcsException.Unavailable) {
      return new JobOutcome.Retry(e.getMessage());
    }
    return new JobOutcome.Failed(e.getMessage());
  }

  private static void deleteTree(Path root) {
    if (root == null) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is not worth failing the job for
    }
  }
}
