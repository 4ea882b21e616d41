package dev.tollgate.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One resource address in a change: what it was before (if it existed) and what it will be after (if
 * it will exist). Both plan JSON and evaluated HCL produce these.
 */
public record ResourceChange(
    String address, String type, Action action, Optional<Resource> before, Optional<Resource> after) {

  public ResourceChange {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }
}
