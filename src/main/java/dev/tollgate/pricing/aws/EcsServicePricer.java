package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Hours;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.RelatedPricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.model.RelatedResources;
import dev.tollgate.pricing.Usage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code aws_ecs_service} on Fargate: {@code desired_count} tasks of the task definition's vCPUs and
 * memory, every hour, on Linux (x86 or ARM) or Windows, plus ephemeral storage above the free 20 GB.
 * The task definition is the related resource of the same plan. Services on EC2 capacity cost nothing
 * themselves: their instances are priced where they are defined.
 */
public final class EcsServicePricer implements RelatedPricer {

  private static final Pattern SIZE = Pattern.compile("\\s*([0-9.]+)\\s*(vcpu|gb|mb)?\\s*", Pattern.CASE_INSENSITIVE);
  private static final BigDecimal FREE_EPHEMERAL_GB = BigDecimal.valueOf(20);

  @Override
  public String resourceType() {
    return "aws_ecs_service";
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices, RelatedResources related) {
    Attributes a = r.attributes();
    boolean fargate = a.string("launch_type").filter(t -> t.equalsIgnoreCase("FARGATE")).isPresent()
        || a.blocks("capacity_provider_strategy").stream()
            .anyMatch(c -> c.string("capacity_provider").orElse("").toUpperCase(Locale.ROOT).startsWith("FARGATE"));
    if (!fargate) {
      return new Outcome.Free("tasks on EC2 capacity run on the cluster's instances, which are priced where they are defined");
    }
    String region = r.region().code();
    List<String> assumptions = new ArrayList<>();
    BigDecimal tasks = a.number("desired_count").orElseGet(() -> {
      assumptions.add(Aws.unset(a, "desired_count") + "; priced 1 task");
      return BigDecimal.ONE;
    });
    Optional<Resource> taskDef = related.first(r, "task_definition", "aws_ecs_task_definition")
        .or(() -> related.withAttribute("aws_ecs_task_definition", "family",
            a.string("task_definition").map(EcsServicePricer::family).orElse("")));
    if (taskDef.isEmpty()) {
      UnitPrice missing = UnitPrice.missing("the task definition is not a resource of this plan, so the tasks' size is unknown");
      return new Outcome.Priced(List.of(
          new CostComponent("Per GB per hour", "GB", Optional.empty(), missing, false),
          new CostComponent("Per vCPU per hour", "CPU", Optional.empty(), missing, false)), List.of(), assumptions);
    }
    Attributes td = taskDef.get().attributes();
    BigDecimal vcpu = size(td.string("cpu"), BigDecimal.valueOf(1024), "vcpu");
    BigDecimal memoryGb = size(td.string("memory"), BigDecimal.valueOf(1024), "gb");
    Attributes platform = td.block("runtime_platform").orElse(Attributes.EMPTY);
    Fargate.Platform p = platform.string("operating_system_family").orElse("LINUX").toUpperCase(Locale.ROOT).startsWith("WINDOWS")
        ? Fargate.Platform.WINDOWS
        : platform.string("cpu_architecture").filter(x -> x.equalsIgnoreCase("ARM64")).isPresent()
            ? Fargate.Platform.ARM : Fargate.Platform.LINUX;
    BigDecimal taskHours = tasks.multiply(Aws.HOURS);
    List<CostComponent> out = new ArrayList<>(Fargate.components("AmazonECS", region, p,
        Optional.of(taskHours.multiply(vcpu)), Optional.of(taskHours.multiply(memoryGb)), false, prices));
    td.block("ephemeral_storage").flatMap(e -> e.number("size_in_gib"))
        .filter(gb -> gb.compareTo(FREE_EPHEMERAL_GB) > 0)
        .ifPresent(gb -> out.add(CostComponent.fixed("Ephemeral storage", "GB", taskHours.multiply(gb.subtract(FREE_EPHEMERAL_GB)),
            prices.unit(Aws.query("AmazonECS", "Compute", region).attr("usagetype", "Fargate-EphemeralStorage-GB-Hours").build()))));
    if (a.blocks("capacity_provider_strategy").stream().anyMatch(c -> c.string("capacity_provider").orElse("").equalsIgnoreCase("FARGATE_SPOT"))) {
      assumptions.add("FARGATE_SPOT capacity is priced at the on-demand Fargate rate (spot rates are not in the catalog)");
    }
    return new Outcome.Priced(out, List.of(), assumptions);
  }

  /** Task sizes are CPU units ("256") or MiB ("512"), or words ("0.25 vCPU", "2 GB"). */
  static BigDecimal size(Optional<String> value, BigDecimal unitsPerWhole, String wholeUnit) {
    Matcher m = SIZE.matcher(value.orElse("0"));
    if (!m.matches()) {
      return BigDecimal.ZERO;
    }
    BigDecimal n = new BigDecimal(m.group(1));
    String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
    return unit.equals(wholeUnit) ? n : n.divide(unitsPerWhole, Hours.PRECISION);
  }

  private static String family(String taskDefinition) {
    String last = taskDefinition.substring(taskDefinition.lastIndexOf('/') + 1);
    int colon = last.indexOf(':');
    return colon < 0 ? last : last.substring(0, colon);
  }
}
