package dev.tollgate.advice;

import dev.tollgate.model.Action;
import dev.tollgate.model.CostedResource;
import dev.tollgate.model.Hint;
import dev.tollgate.model.Money;
import dev.tollgate.model.Resource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Several {@code aws_nat_gateway}s of one network outside production (one per availability zone, as
 * the VPC modules make them) to a single gateway. Gateways belong together when they come from the
 * same module instance, sit in the same region and carry the same non-production tag
 * ({@link NonProduction}); the project's gateways are grouped once. The hint goes to the first
 * gateway of a group that the change creates or modifies, and the saving is the hourly charge of all
 * the others as the estimate priced it: the data they process moves to the one that stays, at the
 * same price per GB.
 */
final class OneNatGatewayOutsideProduction implements Rule {

  private static final String TYPE = "aws_nat_gateway";

  private final NonProduction nonProduction;

  OneNatGatewayOutsideProduction() {
    this(NonProduction.DEFAULT);
  }

  OneNatGatewayOutsideProduction(NonProduction nonProduction) {
    this.nonProduction = nonProduction;
  }

  @Override
  public String id() {
    return "one-nat-gateway-outside-production";
  }

  @Override
  public Set<String> resourceTypes() {
    return Set.of(TYPE);
  }

  @Override
  public List<Hint> check(CostedResource costed, Context context) {
    Map<String, List<CostedResource>> groups = context.once(id(), () -> groups(context));
    Optional<String> tag = nonProduction.tag(costed.resource());
    if (tag.isEmpty()) {
      return NO_MATCH;
    }
    List<CostedResource> group = groups.getOrDefault(key(costed.resource(), tag.get()), List.of());
    if (group.size() < 2 || !firstChanged(group, context).equals(costed.address())) {
      return NO_MATCH;
    }
    BigDecimal others = BigDecimal.ZERO;
    for (CostedResource g : group.subList(1, group.size())) {
      if (g.totals().missingPrices() > 0) {
        return NO_MATCH;
      }
      others = others.add(g.totals().monthly().subtract(g.totals().monthlyUsage()));
    }
    Optional<Money> saving = context.positive(others);
    if (saving.isEmpty()) {
      return NO_MATCH;
    }
    int n = group.size();
    Resource r = costed.resource();
    Optional<BigDecimal> hourly = TypeChangeRule.hourly(costed, "NAT gateway");
    String each = hourly.map(h -> " (" + InstanceRule.price(h, context.currency()) + "/hour each in " + r.region().code() + ")").orElse("");
    return List.of(context.hint(this, r, "", n + " NAT gateways", "1 NAT gateway", saving.get(),
        n + " NAT gateways tagged " + tag.get() + " (" + addresses(group) + ") give each availability zone its own; "
            + "outside production one can serve them all, and the " + (n - 1) + " others' hourly charge" + each
            + " goes. Data processing costs the same per GB through one gateway.",
        List.of("One gateway is one zone: if that zone fails, instances in the others lose outbound internet access",
            "Traffic from the other zones crosses zones to reach it, billed as inter-AZ data transfer (not priced here)",
            "The other gateways' Elastic IPs can go too (AWS bills every public IPv4 address by the hour)",
            "With terraform-aws-modules/vpc this is single_nat_gateway = true")));
  }

  /** The project's tagged gateways after the change, by group, each group in plan order. */
  private Map<String, List<CostedResource>> groups(Context context) {
    Map<String, List<CostedResource>> out = new LinkedHashMap<>();
    for (CostedResource c : context.project().current().resources()) {
      if (c.resource().type().equals(TYPE) && c.isPriced()) {
        nonProduction.tag(c.resource()).ifPresent(t -> out.computeIfAbsent(key(c.resource(), t), k -> new ArrayList<>()).add(c));
      }
    }
    return out;
  }

  /** Same module instance (the address before the resource's own type), region and environment tag. */
  private static String key(Resource r, String tag) {
    String address = r.address();
    int own = address.lastIndexOf(TYPE + ".");
    return r.region().code() + "\n" + address.substring(0, Math.max(own, 0)) + "\n" + tag;
  }

  /** The first gateway of the group the change creates or modifies; the hint is given once, there. */
  private static String firstChanged(List<CostedResource> group, Context context) {
    Set<String> changed = context.once("changed-addresses", () -> changedAddresses(context));
    return group.stream().map(CostedResource::address).filter(changed::contains).findFirst().orElse("");
  }

  private static Set<String> changedAddresses(Context context) {
    Set<String> out = new HashSet<>();
    context.project().diffs().stream().filter(d -> d.action() != Action.DELETE && d.after().isPresent())
        .forEach(d -> out.add(d.address()));
    return out;
  }

  private static String addresses(List<CostedResource> group) {
    List<String> names = group.stream().map(CostedResource::address).toList();
    return names.size() <= 3 ? String.join(", ", names) : String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
  }
}
