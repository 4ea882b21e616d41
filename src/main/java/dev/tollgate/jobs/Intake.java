package dev.tollgate.jobs;

import java.util.OptionalLong;

/** What storing a delivery did: queued a job, recognised a repeat, or recorded it as ignored. */
public record Intake(Result result, OptionalLong jobId) {
  public enum Result { QUEUED, DUPLICATE, IGNORED }

  static Intake queued(long id) {
    return new Intake(Result.QUEUED, OptionalLong.of(id));
  }

  static final Intake DUPLICATE = new Intake(Result.DUPLICATE, OptionalLong.empty());
  static final Intake IGNORED = new Intake(Result.IGNORED, OptionalLong.empty());
}
