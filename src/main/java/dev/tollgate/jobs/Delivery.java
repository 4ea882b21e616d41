package dev.tollgate.jobs;

import java.time.Instant;
import java.util.Objects;

/** One webhook delivery as the code host identified it: retries of the same delivery share its id. */
public record Delivery(Host host, String id, String event, Instant receivedAt) {
  public Delivery {
    Objects.requireNonNull(host);
    Objects.requireNonNull(receivedAt);
    if (id == null || id.isBlank() || id.length() > 200) {
      throw new IllegalArgumentException("a delivery id must be 1 to 200 characters");
    }
    event = event == null ? "" : event.length() > 100 ? event.substring(0, 100) : event;
  }
}
