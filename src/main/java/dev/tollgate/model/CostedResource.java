package dev.tollgate.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A resource and what pricing made of it. */
public record CostedResource(Resource resource, Outcome outcome) {

  public CostedResource {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(outcome, "outcome");
  }

  public String address() {
    return resource.address();
  }

  public CostTotals totals() {
    return outcome.totals();
  }

  public BigDecimal monthlyCost() {
    return totals().monthly();
  }

  public boolean isPriced() {
    return outcome instanceof Outcome.Priced;
  }

  public boolean isFree() {
    return outcome instanceof Outcome.Free;
  }

  public boolean isUnsupported() {
    return outcome instanceof Outcome.Unsupported;
  }

  public List<CostComponent> components() {
    return outcome instanceof Outcome.Priced ? ((Outcome.Priced) outcome).components() : List.of();
  }

  public List<SubResource> subresources() {
    return outcome instanceof Outcome.Priced ? ((Outcome.Priced) outcome).subresources() : List.of();
  }

  public List<String> assumptions() {
    return outcome instanceof Outcome.Priced ? ((Outcome.Priced) outcome).assumptions() : List.of();
  }
}
