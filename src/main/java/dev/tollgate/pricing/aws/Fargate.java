package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.pricing.Prices;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Fargate vCPU and memory hours, shared by ECS services and EKS Fargate profiles. */
final class Fargate {

  /** The platform a task runs on: x86 Linux, ARM Linux, or Windows (which adds an OS licence per vCPU). */
  enum Platform {
    LINUX("Fargate-vCPU-Hours:perCPU", "Fargate-GB-Hours"),
    ARM("Fargate-ARM-vCPU-Hours:perCPU", "Fargate-ARM-GB-Hours"),
    WINDOWS("Fargate-Windows-vCPU-Hours:perCPU", "Fargate-Windows-GB-Hours");

    final String vcpuUsage;
    final String memoryUsage;

    Platform(String vcpuUsage, String memoryUsage) {
      this.vcpuUsage = vcpuUsage;
      this.memoryUsage = memoryUsage;
    }
  }

  private Fargate() {}

  /** vCPU-hours and GB-hours a month (Infracost shows them as "CPU" and "GB"); empty when they depend on usage. */
  static List<CostComponent> components(String service, String region, Platform platform,
      Optional<BigDecimal> vcpuHours, Optional<BigDecimal> gbHours, boolean usageBased, Prices prices) {
    List<CostComponent> out = new ArrayList<>();
    out.add(new CostComponent("Per GB per hour", "GB", gbHours,
        prices.unit(Aws.query(service, "Compute", region).attr("usagetype", platform.memoryUsage).build()), usageBased));
    out.add(new CostComponent("Per vCPU per hour", "CPU", vcpuHours,
        prices.unit(Aws.query(service, "Compute", region).attr("usagetype", platform.vcpuUsage).build()), usageBased));
    if (platform == Platform.WINDOWS) {
      out.add(new CostComponent("Windows OS license", "CPU", vcpuHours,
          prices.unit(Aws.query(service, "Compute", region).attr("usagetype", "Fargate-Windows-OS-Hours:perCPU").build()),
          usageBased));
    }
    return out;
  }
}
