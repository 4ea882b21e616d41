package dev.tollgate.jobs;

import java.io.IOException;

/**
 * Lets a {@code /tollgate recalculate} job through to the pipeline only when the code host says its
 * requester can write to the repository. Every other kind of job passes straight through.
 */
public final class RecalculateGuard implements JobHandler {

  private final WriteAccess access;
  private final JobHandler pipeline;

  public RecalculateGuard(WriteAccess access, JobHandler pipeline) {
    this.access = access;
    this.pipeline = pipeline;
  }

  @Override
  public JobOutcome handle(Job job) throws Exception {
    if (job.request().kind() != JobKind.RECALCULATE) {
      return pipeline.handle(job);
    }
    if (job.request().requestedBy().isEmpty()) {
      return new JobOutcome.Finished("ignored: the recalculate command has no author");
    }
    String user = job.request().requestedBy().get();
    try {
      if (!access.canWrite(job.host(), job.request().repo(), user)) {
        return new JobOutcome.Finished("ignored: " + user + " cannot write to " + job.request().repo());
      }
    } catch (IOException e) {
      return new JobOutcome.Retry("could not check " + user + "'s access: " + e.getMessage());
    }
    return pipeline.handle(job);
  }
}
