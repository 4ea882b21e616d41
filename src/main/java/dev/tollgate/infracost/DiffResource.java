package dev.tollgate.infracost;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.CostedResource;
import dev.tollgate.model.Hours;
import dev.tollgate.model.ResourceDiff;
import dev.tollgate.model.SubResource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One resource of Infracost's {@code diff} section: each cost component's change in quantity, price and
 * cost. Components are paired by name; a pair whose names differ only inside (say, the instance type)
 * is written as one component named {@code ... (m5.4xlarge → m5.8xlarge)}, as Infracost does.
 */
final class DiffResource {

  /** A component's before and after (either may be absent). */
  record Pair(String name, String unit, Optional<CostComponent> before, Optional<CostComponent> after) {
    BigDecimal delta(java.util.function.Function<CostComponent, Optional<BigDecimal>> f) {
      BigDecimal b = before.flatMap(f).orElse(BigDecimal.ZERO);
      BigDecimal a = after.flatMap(f).orElse(BigDecimal.ZERO);
      return a.subtract(b);
    }

    boolean usageBased() {
      return before.map(CostComponent::usageBased).orElse(false) || after.map(CostComponent::usageBased).orElse(false);
    }
  }

  private final ResourceDiff diff;

  private DiffResource(ResourceDiff diff) {
    this.diff = diff;
  }

  static DiffResource of(ResourceDiff diff) {
    return new DiffResource(diff);
  }

  void write(JsonGenerator g) throws IOException {
    g.writeStartObject();
    CostedResource either = diff.either();
    g.writeStringField("name", diff.address());
    g.writeStringField("resourceType", either.resource().type());
    g.writeObjectFieldStart("tags");
    g.writeEndObject();
    g.writeObjectFieldStart("metadata");
    g.writeEndObject();
    BigDecimal monthly = diff.monthlyDelta();
    g.writeStringField("hourlyCost", Decimals.plain(Hours.monthlyToHourly(monthly)));
    g.writeStringField("monthlyCost", Decimals.plain(monthly));
    g.writeStringField("monthlyUsageCost", Decimals.plain(diff.usageDelta()));
    components(g, diff.before().map(CostedResource::components).orElse(List.of()),
        diff.after().map(CostedResource::components).orElse(List.of()));
    List<SubResource> before = diff.before().map(CostedResource::subresources).orElse(List.of());
    List<SubResource> after = diff.after().map(CostedResource::subresources).orElse(List.of());
    if (!before.isEmpty() || !after.isEmpty()) {
      subresources(g, before, after);
    }
    g.writeEndObject();
  }

  private static void subresources(JsonGenerator g, List<SubResource> before, List<SubResource> after) throws IOException {
    Map<String, SubResource[]> byName = new LinkedHashMap<>();
    before.forEach(s -> byName.computeIfAbsent(s.name(), k -> new SubResource[2])[0] = s);
    after.forEach(s -> byName.computeIfAbsent(s.name(), k -> new SubResource[2])[1] = s);
    g.writeArrayFieldStart("subresources");
    for (Map.Entry<String, SubResource[]> e : byName.entrySet()) {
      SubResource b = e.getValue()[0];
      SubResource a = e.getValue()[1];
      BigDecimal monthly = (a == null ? BigDecimal.ZERO : a.totals().monthly())
          .subtract(b == null ? BigDecimal.ZERO : b.totals().monthly());
      BigDecimal usage = (a == null ? BigDecimal.ZERO : a.totals().monthlyUsage())
          .subtract(b == null ? BigDecimal.ZERO : b.totals().monthlyUsage());
      if (monthly.signum() == 0 && sameComponents(b, a)) {
        continue;
      }
      g.writeStartObject();
      g.writeStringField("name", e.getKey());
      g.writeObjectFieldStart("metadata");
      g.writeEndObject();
      g.writeStringField("hourlyCost", Decimals.plain(Hours.monthlyToHourly(monthly)));
      g.writeStringField("monthlyCost", Decimals.plain(monthly));
      g.writeStringField("monthlyUsageCost", Decimals.plain(usage));
      components(g, b == null ? List.of() : b.components(), a == null ? List.of() : a.components());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static boolean sameComponents(SubResource b, SubResource a) {
    if (b == null || a == null) {
      return false;
    }
    return b.components().equals(a.components());
  }

  private static void components(JsonGenerator g, List<CostComponent> before, List<CostComponent> after) throws IOException {
    g.writeArrayFieldStart("costComponents");
    for (Pair p : pair(before, after)) {
      BigDecimal cost = p.delta(CostComponent::monthlyCost);
      BigDecimal qty = p.delta(CostComponent::monthlyQuantity);
      BigDecimal price = p.delta(CostComponent::unitPrice);
      if (cost.signum() == 0 && qty.signum() == 0 && price.signum() == 0) {
        continue;
      }
      g.writeStartObject();
      g.writeStringField("name", p.name());
      g.writeStringField("unit", p.unit());
      g.writeStringField("hourlyQuantity", Decimals.plain(Hours.monthlyToHourly(qty)));
      g.writeStringField("monthlyQuantity", Decimals.plain(qty));
      g.writeStringField("price", Decimals.plain(price));
      g.writeStringField("hourlyCost", Decimals.plain(Hours.monthlyToHourly(cost)));
      g.writeStringField("monthlyCost", Decimals.plain(cost));
      if (p.usageBased()) {
        g.writeBooleanField("usageBased", true);
      }
      g.writeBooleanField("priceNotFound", p.before().map(CostComponent::priceMissing).orElse(false)
          || p.after().map(CostComponent::priceMissing).orElse(false));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Pairs components by name, then pairs what is left by the part of the name before the bracket. */
  static List<Pair> pair(List<CostComponent> before, List<CostComponent> after) {
    List<CostComponent> leftB = new ArrayList<>(before);
    List<CostComponent> leftA = new ArrayList<>(after);
    List<Pair> out = new ArrayList<>();
    for (CostComponent a : after) {
      Optional<CostComponent> b = leftB.stream().filter(x -> x.name().equals(a.name())).findFirst();
      if (b.isPresent()) {
        leftB.remove(b.get());
        leftA.remove(a);
        out.add(new Pair(a.name(), a.unit(), b, Optional.of(a)));
      }
    }
    for (CostComponent a : new ArrayList<>(leftA)) {
      Optional<CostComponent> b = leftB.stream()
          .filter(x -> stem(x.name()).equals(stem(a.name())) && x.unit().equals(a.unit())).findFirst();
      if (b.isPresent()) {
        leftB.remove(b.get());
        leftA.remove(a);
        out.add(new Pair(renamed(b.get().name(), a.name()), a.unit(), b, Optional.of(a)));
      }
    }
    leftA.forEach(a -> out.add(new Pair(a.name(), a.unit(), Optional.empty(), Optional.of(a))));
    leftB.forEach(b -> out.add(new Pair(b.name(), b.unit(), Optional.of(b), Optional.empty())));
    return out;
  }

  private static String stem(String name) {
    int p = name.indexOf('(');
    return p < 0 ? name : name.substring(0, p);
  }

  /** {@code X (a, m5.4xlarge)} and {@code X (a, m5.8xlarge)} become {@code X (a, m5.4xlarge → m5.8xlarge)}. */
  static String renamed(String before, String after) {
    int prefix = 0;
    while (prefix < before.length() && prefix < after.length() && before.charAt(prefix) == after.charAt(prefix)) {
      prefix++;
    }
    while (prefix > 0 && isWordChar(before.charAt(prefix - 1))) {
      prefix--;
    }
    int suffix = 0;
    while (suffix < before.length() - prefix && suffix < after.length() - prefix
        && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
      suffix++;
    }
    while (suffix > 0 && isWordChar(before.charAt(before.length() - suffix))) {
      suffix--;
    }
    return before.substring(0, prefix) + before.substring(prefix, before.length() - suffix) + " → "
        + after.substring(prefix, after.length() - suffix) + before.substring(before.length() - suffix);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_';
  }
}
