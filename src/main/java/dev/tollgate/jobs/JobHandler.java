package dev.tollgate.jobs;

/**
 * The work one job does: for Tollgate, fetch the pull request's Terraform at base and head,
 * estimate, post or update the comment, set a status. {@code tollgate serve} plugs the pipeline in
 * here; the queue knows nothing else about it.
 *
 * <p>A handler must be safe to run twice for the same job: a worker can die after the handler's
 * side effects and before the queue records the outcome, and the job then runs again (with
 * {@link Job#attempt} one higher). The comment is therefore found by its hidden marker and updated
 * in place, never posted blindly. {@link JobKind#RECALCULATE} jobs must be run through
 * {@link RecalculateGuard}, which asks the code host whether the requester may write to the repo.
 *
 * <p>Throwing is treated as {@link JobOutcome.Retry} with the exception's message.
 */
public interface JobHandler {
  JobOutcome handle(Job job) throws Exception;
}
