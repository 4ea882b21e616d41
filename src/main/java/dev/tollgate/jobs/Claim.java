package dev.tollgate.jobs;

/**
 * A job a worker holds, with the token of this claim: renewing the lease and recording the outcome
 * succeed only while the token is still the job's, so a worker that lost its lease cannot overwrite
 * the result of the one that took the job over.
 */
public record Claim(Job job, String token) {}
