package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.model.SubResource;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.PriceAnswer;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.PriceQuery;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code aws_instance}: instance hours (on-demand or reserved, by operating system and tenancy), the
 * EBS-optimized surcharge of previous-generation types, detailed monitoring, unlimited CPU credits of
 * burstable types, and the root and extra EBS block devices as sub-resources.
 */
public final class InstancePricer implements Pricer {

  static final UsageKey OPERATING_SYSTEM = UsageKey.string("operating_system", "linux, windows, rhel or suse (default linux).");
  static final UsageKey RESERVED_TYPE = UsageKey.string("reserved_instance_type", "standard or convertible.");
  static final UsageKey RESERVED_TERM = UsageKey.string("reserved_instance_term", "1_year or 3_year.");
  static final UsageKey RESERVED_PAYMENT = UsageKey.string("reserved_instance_payment_option", "no_upfront, partial_upfront or all_upfront.");
  static final UsageKey CPU_CREDIT_HOURS = UsageKey.number("monthly_cpu_credit_hrs", "0", "Hours a month the instance bursts above its baseline.");
  static final UsageKey VCPU_COUNT = UsageKey.number("vcpu_count", "0", "vCPUs that burst.");
  static final UsageKey MONTHLY_HOURS = UsageKey.number("monthly_hrs", "730", "Hours a month the instance runs.");

  private static final BigDecimal DETAILED_MONITORING_METRICS = BigDecimal.valueOf(7);
  private static final List<String> BURSTABLE_FAMILIES = List.of("t2", "t3", "t3a", "t4g");
  private static final Map<String, String[]> OPERATING_SYSTEMS = Map.of(
      "linux", new String[] {"Linux/UNIX", "Linux"},
      "windows", new String[] {"Windows", "Windows"},
      "rhel", new String[] {"RHEL", "RHEL"},
      "suse", new String[] {"SUSE", "SUSE"});
  private static final Map<String, String> TERMS = Map.of("1_year", "1yr", "3_year", "3yr");
  private static final Map<String, String> PAYMENTS =
      Map.of("no_upfront", "No Upfront", "partial_upfront", "Partial Upfront", "all_upfront", "All Upfront");

  @Override
  public String resourceType() {
    return "aws_instance";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(OPERATING_SYSTEM, RESERVED_TYPE, RESERVED_TERM, RESERVED_PAYMENT, CPU_CREDIT_HOURS, VCPU_COUNT, MONTHLY_HOURS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    String region = r.region().code();
    List<String> assumptions = new ArrayList<>();
    String tenancy = a.string("tenancy").orElse("default").toLowerCase(Locale.ROOT);
    boolean onHost = a.string("host_id").filter(s -> !s.isEmpty()).isPresent();
    if (tenancy.equals("host") && !onHost) {
      return new Outcome.Unsupported("host tenancy without a host_id: the instance runs on a Dedicated Host priced by aws_ec2_host");
    }
    Optional<String> type = a.string("instance_type").filter(s -> !s.isEmpty());
    BigDecimal hours = usage.number(MONTHLY_HOURS.key()).orElse(dev.tollgate.model.Hours.PER_MONTH);

    List<CostComponent> components = new ArrayList<>();
    if (!onHost) {
      components.add(type.map(t -> compute(region, t, tenancy, hours, usage, prices, assumptions))
          .orElseGet(() -> missingType(a, hours)));
    }
    type.ifPresent(t -> {
      if (a.bool("ebs_optimized").orElse(false) && !isCurrentGeneration(region, t, prices)) {
        components.add(CostComponent.fixed("EBS-optimized usage", "hours", hours, prices.unit(
            PriceQuery.of("aws", "AmazonEC2", "Compute Instance", region)
                .attr("instanceType", t).attrRegex("usagetype", "/EBSOptimized/").build())));
      }
    });
    if (a.bool("monitoring").orElse(false)) {
      components.add(CostComponent.fixed("EC2 detailed monitoring", "metrics", DETAILED_MONITORING_METRICS, prices.unit(
          PriceQuery.of("aws", "AmazonCloudWatch", "Metric", region)
              .attr("group", "Metric").price(PriceFilter.ANY.withStartUsage("0")).build())));
    }
    type.flatMap(InstancePricer::burstableFamily).ifPresent(family -> {
      String credits = a.block("credit_specification").flatMap(c -> c.string("cpu_credits")).orElse("");
      boolean unlimited = credits.equals("unlimited") || (credits.isEmpty() && !family.equals("t2"));
      if (unlimited) {
        BigDecimal qty = usage.number(CPU_CREDIT_HOURS.key()).orElse(BigDecimal.ZERO)
            .multiply(usage.number(VCPU_COUNT.key()).orElse(BigDecimal.ZERO));
        components.add(CostComponent.usage("CPU credits", "vCPU-hours", Optional.of(qty), prices.unit(
            PriceQuery.of("aws", "AmazonEC2", "CPU Credits", region)
                .attr("operatingSystem", "Linux").attrRegex("usagetype", "/CPUCredits:" + family + "$/").build())));
      }
    });

    List<SubResource> subs = new ArrayList<>();
    List<Attributes> roots = a.blocks("root_block_device");
    Attributes root = roots.isEmpty() ? Attributes.EMPTY : roots.get(0);
    List<String> rootAssumptions = new ArrayList<>();
    Ebs.Volume rootVolume = EbsVolumePricer.volume(root, rootAssumptions, "volume_type", "volume_size");
    rootAssumptions.forEach(s -> assumptions.add("root_block_device: " + s));
    subs.add(SubResource.of("root_block_device", Ebs.components(region, rootVolume, Optional.empty(), prices)));
    List<Attributes> devices = a.blocks("ebs_block_device");
    for (int i = 0; i < devices.size(); i++) {
      List<String> deviceAssumptions = new ArrayList<>();
      Ebs.Volume v = EbsVolumePricer.volume(devices.get(i), deviceAssumptions, "volume_type", "volume_size");
      String name = "ebs_block_device[" + i + "]";
      deviceAssumptions.forEach(s -> assumptions.add(name + ": " + s));
      subs.add(SubResource.of(name, Ebs.components(region, v, Optional.empty(), prices)));
    }
    return new Outcome.Priced(components, subs, assumptions);
  }

  private static CostComponent compute(String region, String type, String tenancy, BigDecimal hours, Usage usage,
      Prices prices, List<String> assumptions) {
    String os = usage.string(OPERATING_SYSTEM.key()).orElse("linux").toLowerCase(Locale.ROOT);
    String[] osNames = OPERATING_SYSTEMS.get(os);
    if (osNames == null) {
      assumptions.add("unknown operating_system " + os + "; priced as Linux");
      osNames = OPERATING_SYSTEMS.get("linux");
    }
    String purchase = "on-demand";
    PriceFilter filter = PriceFilter.ON_DEMAND;
    Optional<String> reservedType = usage.string(RESERVED_TYPE.key());
    if (reservedType.isPresent()) {
      String term = TERMS.get(usage.string(RESERVED_TERM.key()).orElse(""));
      String payment = PAYMENTS.get(usage.string(RESERVED_PAYMENT.key()).orElse(""));
      String offering = reservedType.get().toLowerCase(Locale.ROOT);
      if (term == null || payment == null || !(offering.equals("standard") || offering.equals("convertible"))) {
        assumptions.add("reserved instance usage incomplete or invalid; priced on-demand");
      } else {
        purchase = "reserved";
        filter = PriceFilter.reserved(term, payment, offering);
      }
    }
    String tenancyValue = tenancy.equals("dedicated") ? "Dedicated" : "Shared";
    UnitPrice price = prices.unit(PriceQuery.of("aws", "AmazonEC2", "Compute Instance", region)
        .attr("instanceType", type)
        .attr("tenancy", tenancyValue)
        .attr("operatingSystem", osNames[1])
        .attr("preInstalledSw", "NA")
        .attr("licenseModel", "No License required")
        .attr("capacitystatus", "Used")
        .price(filter)
        .build());
    return CostComponent.fixed(
        "Instance usage (" + osNames[0] + ", " + purchase + ", " + type + ")", "hours", hours, price);
  }

  private static CostComponent missingType(Attributes a, BigDecimal hours) {
    String why = a.isUnknown("instance_type")
        ? "instance_type is known only after apply"
        : a.has("launch_template") ? "instance_type comes from a launch template Tollgate did not read" : "instance_type is not set";
    return CostComponent.fixed("Instance usage", "hours", hours, UnitPrice.missing(why));
  }

  /** Current-generation types include EBS optimization at no charge; the catalog knows which they are. */
  private static boolean isCurrentGeneration(String region, String type, Prices prices) {
    return prices.source().lookup(PriceQuery.of("aws", "AmazonEC2", "Compute Instance", region)
        .attr("instanceType", type).attr("currentGeneration", "Yes").build()) instanceof PriceAnswer.Found;
  }

  static Optional<String> burstableFamily(String instanceType) {
    int dot = instanceType.indexOf('.');
    String family = dot < 0 ? instanceType : instanceType.substring(0, dot);
    return BURSTABLE_FAMILIES.contains(family) ? Optional.of(family) : Optional.empty();
  }
}
