package dev.tollgate.store;

import java.time.Instant;

/** One estimate as the dashboard reads it back. */
public record HistoryEntry(long id, String host, String repo, long number, EstimateSummary summary, boolean merged, Instant at) {}
