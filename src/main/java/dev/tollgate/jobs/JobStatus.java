package dev.tollgate.jobs;

import java.time.Instant;
import java.util.Optional;

/** A job as the dashboard lists it. */
public record JobStatus(long id, Host host, String repo, long number, Optional<String> headSha, JobKind kind,
    JobState state, int attempts, Instant receivedAt, Optional<Instant> finishedAt, String note) {}
