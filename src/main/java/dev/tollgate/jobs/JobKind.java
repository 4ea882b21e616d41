package dev.tollgate.jobs;

/** Why a job exists: what happened to the pull request. */
public enum JobKind {
  OPENED, PUSHED, REOPENED, BASE_CHANGED,
  /** Closed without merging: nothing to estimate; the history keeps the PR as not merged. */
  CLOSED,
  /** Merged: the pull request's last estimate becomes part of the repo's cost trend. */
  MERGED,
  /** A {@code /tollgate recalculate} comment; runs only if {@link Job#requestedBy} may write to the repo. */
  RECALCULATE
}
