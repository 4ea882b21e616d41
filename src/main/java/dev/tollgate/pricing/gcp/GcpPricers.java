package dev.tollgate.pricing.gcp;

import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.SameAs;
import java.util.List;

/** Every Google Cloud pricer, one line each, sorted by the Terraform type it prices. */
public final class GcpPricers {

  public static final List<Pricer> ALL = List.of(
      new ComputeAddressPricer(),
      new ComputeDiskPricer(),
      new SameAs("google_compute_global_address", new ComputeAddressPricer()),
      new ComputeInstancePricer(),
      new ComputeInstanceFromTemplatePricer(),
      new ComputeInstanceGroupManagerPricer(),
      new ComputeRegionDiskPricer(),
      new SameAs("google_compute_region_instance_group_manager", new ComputeInstanceGroupManagerPricer()),
      new ComputeRouterNatPricer(),
      new ComputeSnapshotPricer(),
      new ComputeVpnTunnelPricer(),
      new ContainerClusterPricer(),
      new ContainerNodePoolPricer(),
      new MonitoringMetricDescriptorPricer(),
      new StorageBucketPricer());

  private GcpPricers() {}
}
