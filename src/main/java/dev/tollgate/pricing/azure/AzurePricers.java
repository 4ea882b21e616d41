package dev.tollgate.pricing.azure;

import dev.tollgate.pricing.Pricer;
import java.util.List;

/** Every Azure pricer, one line each, sorted by the Terraform type it prices. */
public final class AzurePricers {

  public static final List<Pricer> ALL = List.of(
      new ImagePricer(),
      new KubernetesClusterPricer(),
      new KubernetesClusterNodePoolPricer(),
      new LinuxVirtualMachinePricer(),
      new LinuxVirtualMachineScaleSetPricer(),
      new ManagedDiskPricer(),
      new OrchestratedVirtualMachineScaleSetPricer(),
      new SnapshotPricer(),
      new VirtualMachinePricer(),
      new VirtualMachineScaleSetPricer(),
      new WindowsVirtualMachinePricer(),
      new WindowsVirtualMachineScaleSetPricer());

  private AzurePricers() {}
}
