package dev.tollgate.pricing.gcp;

import dev.tollgate.pricing.Pricer;
import java.util.List;

/** Every Google Cloud pricer, one line each, sorted by the Terraform type it prices. */
public final class GcpPricers {

  public static final List<Pricer> ALL = List.of(
      new ComputeAddressPricer(),
      new ComputeDiskPricer(),
      new ComputeGlobalAddressPricer(),
      new ComputeInstancePricer(),
      new ComputeInstanceFromTemplatePricer(),
      new ComputeInstanceGroupManagerPricer(),
      new ComputeRegionDiskPricer(),
      new ComputeRegionInstanceGroupManagerPricer(),
      new ComputeRouterNatPricer(),
      new ComputeSnapshotPricer(),
      new ComputeVpnTunnelPricer(),
      new ContainerClusterPricer(),
      new ContainerNodePoolPricer(),
      new MonitoringMetricDescriptorPricer(),
      new StorageBucketPricer());

  private GcpPricers() {}
}
