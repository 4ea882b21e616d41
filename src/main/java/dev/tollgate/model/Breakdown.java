package dev.tollgate.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every resource on one side of a change, priced. */
public record Breakdown(List<CostedResource> resources) {

  public static final Breakdown EMPTY = new Breakdown(List.of());

  public Breakdown {
    resources = List.copyOf(resources);
  }

  public CostTotals totals() {
    CostTotals t = CostTotals.ZERO;
    for (CostedResource r : resources) {
      t = t.plus(r.totals());
    }
    return t;
  }

  public BigDecimal monthlyCost() {
    return totals().monthly();
  }

  public Optional<CostedResource> find(String address) {
    return resources.stream().filter(r -> r.address().equals(address)).findFirst();
  }

  public Map<String, CostedResource> byAddress() {
    return resources.stream()
        .collect(Collectors.toMap(CostedResource::address, Function.identity(), (a, b) -> a, TreeMap::new));
  }

  public long priced() {
    return resources.stream().filter(CostedResource::isPriced).count();
  }

  public long free() {
    return resources.stream().filter(CostedResource::isFree).count();
  }

  public long unsupported() {
    return resources.stream().filter(CostedResource::isUnsupported).count();
  }

  /** Unsupported resource counts by type, sorted by type. */
  public Map<String, Long> unsupportedByType() {
    return resources.stream()
        .filter(CostedResource::isUnsupported)
        .collect(Collectors.groupingBy(r -> r.resource().type(), TreeMap::new, Collectors.counting()));
  }
}
