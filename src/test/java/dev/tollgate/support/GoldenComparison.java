package dev.tollgate.support;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.CostedResource;
import dev.tollgate.model.SubResource;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares Tollgate's priced resources with an Infracost golden component by component: the same
 * name, the same quantity, the monthly cost within 1% (prices in the goldens are from another date).
 * Known exceptions are listed with their reason, and each must still be an exception, so the list
 * cannot outlive what it excuses.
 */
public final class GoldenComparison {

  private static final BigDecimal ONE_PERCENT = new BigDecimal("0.01");

  private final Map<String, String> exceptions = new LinkedHashMap<>();
  private final List<String> mismatches = new ArrayList<>();
  private final List<String> staleExceptions = new ArrayList<>();
  private int matched;

  /** {@code address} alone excuses the whole resource; {@code address|component key} one component. */
  public GoldenComparison except(String key, String reason) {
    exceptions.put(key, reason);
    return this;
  }

  public GoldenComparison compare(Map<String, List<GoldenTable.Component>> golden, Map<String, CostedResource> ours) {
    for (Map.Entry<String, List<GoldenTable.Component>> e : golden.entrySet()) {
      String address = e.getKey();
      CostedResource r = ours.get(address);
      boolean resourceExcused = exceptions.containsKey(address);
      if (r == null || !r.isPriced()) {
        if (!resourceExcused) {
          mismatches.add(address + ": not priced by Tollgate (" + (r == null ? "absent" : r.outcome()) + ")");
        }
        continue;
      }
      boolean anyMismatch = false;
      for (GoldenTable.Component g : e.getValue()) {
        String key = address + "|" + g.key();
        Optional<CostComponent> c = find(r, g.subresource(), g.name());
        String problem = c.isEmpty() ? "missing" : difference(g, c.get());
        if (problem == null) {
          matched++;
          if (exceptions.containsKey(key)) {
            staleExceptions.add(key);
          }
        } else if (exceptions.containsKey(key) || resourceExcused) {
          anyMismatch = true;
        } else {
          mismatches.add(key + ": " + problem);
        }
      }
      if (resourceExcused && !anyMismatch) {
        staleExceptions.add(address);
      }
    }
    return this;
  }

  public List<String> mismatches() {
    return mismatches;
  }

  public List<String> staleExceptions() {
    return staleExceptions;
  }

  public int matched() {
    return matched;
  }

  private static String difference(GoldenTable.Component g, CostComponent c) {
    if (g.quantity().isPresent()) {
      if (c.monthlyQuantity().isEmpty() || c.monthlyQuantity().get().compareTo(g.quantity().get()) != 0) {
        return "quantity " + c.monthlyQuantity().map(BigDecimal::toPlainString).orElse("none") + " != " + g.quantity().get();
      }
    }
    if (g.cost().isPresent()) {
      Optional<BigDecimal> ours = c.monthlyCost();
      if (ours.isEmpty()) {
        return "no cost (" + c.price() + ")";
      }
      BigDecimal want = g.cost().get();
      BigDecimal diff = ours.get().subtract(want).abs();
      BigDecimal allowed = want.multiply(ONE_PERCENT).max(new BigDecimal("0.005"));
      if (diff.compareTo(allowed) > 0) {
        return "cost " + ours.get().round(MathContext.DECIMAL32) + " != " + want + " (more than 1% apart)";
      }
    } else if (c.unitPrice().isEmpty()) {
      return "no price (" + c.price() + ")";
    }
    return null;
  }

  private static Optional<CostComponent> find(CostedResource r, String sub, String name) {
    if (sub.isEmpty()) {
      return r.components().stream().filter(c -> c.name().equals(name)).findFirst();
    }
    List<SubResource> level = r.subresources();
    List<CostComponent> comps = List.of();
    for (String part : sub.split(" / ")) {
      Optional<SubResource> s = level.stream().filter(x -> x.name().equals(part)).findFirst();
      if (s.isEmpty()) {
        return Optional.empty();
      }
      comps = s.get().components();
      level = s.get().subresources();
    }
    return comps.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
