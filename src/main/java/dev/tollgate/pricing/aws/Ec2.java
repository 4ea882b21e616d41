package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.SubResource;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.PriceAnswer;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.PriceQuery;
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
 * EC2 instance costs shared by {@code aws_instance}, autoscaling groups, EKS node groups and capacity
 * reservations: instance hours by operating system, tenancy and purchase option, the EBS-optimized
 * surcharge of previous-generation types, detailed monitoring, unlimited CPU credits, and EBS volumes.
 */
final class Ec2 {

  static final UsageKey OPERATING_SYSTEM = UsageKey.string("operating_system", "linux, windows, rhel or suse (default linux).");
  static final UsageKey RESERVED_TYPE = UsageKey.string("reserved_instance_type", "standard or convertible.");
  static final UsageKey RESERVED_TERM = UsageKey.string("reserved_instance_term", "1_year or 3_year.");
  static final UsageKey RESERVED_PAYMENT = UsageKey.string("reserved_instance_payment_option", "no_upfront, partial_upfront or all_upfront.");
  static final UsageKey CPU_CREDIT_HOURS = UsageKey.number("monthly_cpu_credit_hrs", "0", "Hours a month the instance bursts above its baseline.");
  static final UsageKey VCPU_COUNT = UsageKey.number("vcpu_count", "0", "vCPUs that burst.");
  static final List<UsageKey> INSTANCE_KEYS =
      List.of(OPERATING_SYSTEM, RESERVED_TYPE, RESERVED_TERM, RESERVED_PAYMENT, CPU_CREDIT_HOURS, VCPU_COUNT);

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

  /** How the instance hours are bought: the label in the component name and the price filter. */
  record Purchase(String label, PriceFilter filter, String osLabel, String os) {}

  private Ec2() {}

  /** On-demand unless the usage asks for a complete reservation, or {@code spot}. */
  static Purchase purchase(Usage usage, boolean spot, List<String> assumptions) {
    String osKey = usage.string(OPERATING_SYSTEM.key()).orElse("linux").toLowerCase(Locale.ROOT);
    String[] os = OPERATING_SYSTEMS.get(osKey);
    if (os == null) {
      assumptions.add("unknown operating_system " + osKey + "; priced as Linux");
      os = OPERATING_SYSTEMS.get("linux");
    }
    if (spot) {
      return new Purchase("spot", PriceFilter.purchase("spot"), os[0], os[1]);
    }
    Optional<String> reservedType = usage.string(RESERVED_TYPE.key());
    if (reservedType.isPresent()) {
      String term = TERMS.get(usage.string(RESERVED_TERM.key()).orElse(""));
      String payment = PAYMENTS.get(usage.string(RESERVED_PAYMENT.key()).orElse(""));
      String offering = reservedType.get().toLowerCase(Locale.ROOT);
      if (term == null || payment == null || !(offering.equals("standard") || offering.equals("convertible"))) {
        assumptions.add("reserved instance usage incomplete or invalid; priced on-demand");
      } else {
        return new Purchase("reserved", PriceFilter.reserved(term, payment, offering), os[0], os[1]);
      }
    }
    return new Purchase("on-demand", PriceFilter.ON_DEMAND, os[0], os[1]);
  }

  /** {@code Instance usage (Linux/UNIX, on-demand, m5.large)}: the instance hours. */
  static CostComponent instanceHours(String name, String region, String type, String tenancy, Purchase p,
      BigDecimal hours, Prices prices) {
    UnitPrice price = prices.unit(PriceQuery.of("aws", "AmazonEC2", "Compute Instance", region)
        .attr("instanceType", type)
        .attr("tenancy", tenancy.equalsIgnoreCase("dedicated") ? "Dedicated" : "Shared")
        .attr("operatingSystem", p.os())
        .attr("preInstalledSw", "NA")
        .attr("licenseModel", "No License required")
        .attr("capacitystatus", "Used")
        .price(p.filter())
        .build());
    return CostComponent.fixed(name + " (" + p.osLabel() + ", " + p.label() + ", " + type + ")", "hours", hours, price);
  }

  /** The EBS-optimized surcharge, which current-generation types include at no charge. */
  static Optional<CostComponent> ebsOptimized(String region, String type, BigDecimal hours, Prices prices) {
    boolean current = prices.source().lookup(PriceQuery.of("aws", "AmazonEC2", "Compute Instance", region)
        .attr("instanceType", type).attr("currentGeneration", "Yes").build()) instanceof PriceAnswer.Found;
    if (current) {
      return Optional.empty();
    }
    return Optional.of(CostComponent.fixed("EBS-optimized usage", "hours", hours, prices.unit(
        PriceQuery.of("aws", "AmazonEC2", "Compute Instance", region)
            .attr("instanceType", type).attrRegex("usagetype", "/EBSOptimized/").build())));
  }

  /** Detailed monitoring publishes seven metrics at one-minute resolution, billed as custom metrics. */
  static CostComponent detailedMonitoring(String region, Prices prices) {
    return CostComponent.fixed("EC2 detailed monitoring", "metrics", DETAILED_MONITORING_METRICS, prices.unit(
        PriceQuery.of("aws", "AmazonCloudWatch", "Metric", region)
            .attr("group", "Metric").price(PriceFilter.ANY.withStartUsage("0")).build()));
  }

  /**
   * Unlimited-mode CPU credits of burstable types (t3 and later default to unlimited, t2 to
   * standard): vCPU-hours above the baseline, from usage.
   */
  static Optional<CostComponent> cpuCredits(String region, String type, String creditsSetting, Usage usage, Prices prices) {
    return burstableFamily(type).flatMap(family -> {
      boolean unlimited = creditsSetting.equals("unlimited") || (creditsSetting.isEmpty() && !family.equals("t2"));
      if (!unlimited) {
        return Optional.empty();
      }
      BigDecimal qty = usage.number(CPU_CREDIT_HOURS.key()).orElse(BigDecimal.ZERO)
          .multiply(usage.number(VCPU_COUNT.key()).orElse(BigDecimal.ZERO));
      return Optional.of(CostComponent.usage("CPU credits", "vCPU-hours", Optional.of(qty), prices.unit(
          PriceQuery.of("aws", "AmazonEC2", "CPU Credits", region)
              .attr("operatingSystem", "Linux").attrRegex("usagetype", "/CPUCredits:" + family + "$/").build())));
    });
  }

  static Optional<String> burstableFamily(String instanceType) {
    int dot = instanceType.indexOf('.');
    String family = dot < 0 ? instanceType : instanceType.substring(0, dot);
    return BURSTABLE_FAMILIES.contains(family) ? Optional.of(family) : Optional.empty();
  }

  /** One EBS volume as a sub-resource, its assumptions prefixed with the sub-resource's name. */
  static SubResource volume(String name, String region, Attributes a, String typeKey, String sizeKey,
      List<String> assumptions, Prices prices) {
    List<String> own = new ArrayList<>();
    Ebs.Volume v = EbsVolumePricer.volume(a, own, typeKey, sizeKey);
    own.forEach(s -> assumptions.add(name + ": " + s));
    return SubResource.of(name, Ebs.components(region, v, Optional.empty(), prices));
  }
}
