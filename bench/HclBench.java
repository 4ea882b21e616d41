import dev.tollgate.model.ChangeSet;
import dev.tollgate.terraform.hcl.HclLoader;
import dev.tollgate.terraform.hcl.LoaderOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * Times the HCL loader in one JVM, from the moment main() starts (JVM start-up excluded): either all
 * corpus root modules one after the other ("all"), or a single root. Prints the total, then each
 * root's own time. CPU time (all threads: parsing, JIT, GC) is printed too, because wall time on a
 * shared machine depends on what else runs. bench/hcl_bench.py runs it in fresh processes.
 */
public final class HclBench {

  static final List<String> ROOTS = List.of(
      "learn-terraform-provision-eks-cluster", "learn-terraform-provision-gke-cluster",
      "learn-terraform-provision-aks-cluster", "learn-terraform-variables", "learn-terraform-for-each",
      "learn-terraform-rds", "learn-terraform-aws-asg", "terraform-aws-ec2-instance/examples/complete",
      "terraform-aws-rds/examples/complete-postgres", "terraform-aws-rds/examples/cross-region-replica-postgres",
      "terraform-aws-vpc/examples/simple", "terraform-aws-vpc/examples/complete",
      "terraform-google-vm/examples/compute_instance/simple", "terraform-google-vm/examples/instance_template/simple",
      "terraform-google-vm/examples/mig/autoscaler", "terraform-azurerm-compute/examples/complete",
      "infracost-hcl-testdata/breakdown_terraform_directory_with_default_var_files",
      "infracost-hcl-testdata/hclmulti_var_files", "infracost-hcl-testdata/breakdown_with_optional_variables",
      "infracost-hcl-testdata/hclprovider_alias", "infracost-hcl-testdata/breakdown_terraform_directory_with_recursive_modules",
      "infracost-hcl-testdata/breakdown_terraform_tfjson", "infracost-pricing-testdata/google/testdata/compute_instance_test",
      "infracost-pricing-testdata/azure/testdata/linux_virtual_machine_test");

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long cpuStart = os.getProcessCpuTime();
    Path corpus = Path.of(args[0]);
    List<String> roots = args[1].equals("all") ? ROOTS : List.of(args[1]);
    int resources = 0;
    StringBuilder each = new StringBuilder();
    for (String root : roots) {
      long t = System.nanoTime();
      Path repo = corpus.resolve(root.split("/")[0]);
      ChangeSet cs = new HclLoader(LoaderOptions.defaults().withRepoRoot(repo)).load(corpus.resolve(root));
      resources += cs.changes().size();
      each.append(String.format("%s %.1f ms%n", root, (System.nanoTime() - t) / 1e6));
    }
    System.out.printf("%.1f ms, %.1f ms cpu, %d roots, %d resources%n", (System.nanoTime() - start) / 1e6,
        (os.getProcessCpuTime() - cpuStart) / 1e6, roots.size(), resources);
    System.out.print(each);
  }
}
