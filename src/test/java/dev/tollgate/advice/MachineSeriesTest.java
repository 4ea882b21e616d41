package dev.tollgate.advice;

import static dev.tollgate.advice.CatalogPrices.monthly;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.model.Hint;
import dev.tollgate.model.Hours;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * gcp-n1-to-n2-e2 and azure-v3-to-v5: newer machine series of the same shape. Positive and negative
 * cases; savings checked against catalog prices, GCP's at list and at sustained-use prices.
 */
class MachineSeriesTest {

  private static final String GCP = "gcp-n1-to-n2-e2";
  private static final String AZURE = "azure-v3-to-v5";

  private static String vm(String name, String machine, String extra) {
    return """
        resource "google_compute_instance" "%s" {
          name         = "%s"
          zone         = "us-central1-a"
          machine_type = "%s"
          boot_disk {
            initialize_params { image = "debian-cloud/debian-12" }
          }
          network_interface { network = "default" }
          %s
        }
        """.formatted(name, name, machine, extra);
  }

  @Test
  void n1_running_all_month_is_compared_at_sustained_use_prices_and_shows_the_smaller_saving() throws Exception {
    List<Hint> hints = Advise.rule(GCP, Advise.hcl("provider \"google\" { region = \"us-central1\" }\n"
        + vm("build", "n1-highcpu-8", "")));
    BigDecimal list = monthly(CatalogPrices.gce("us-central1", "n1-highcpu-8", "on_demand")
        .subtract(CatalogPrices.gce("us-central1", "e2-highcpu-8", "on_demand")));
    BigDecimal sustained = CatalogPrices.gce("us-central1", "n1-highcpu-8", "sustained_use")
        .subtract(CatalogPrices.gce("us-central1", "e2-highcpu-8", "sustained_use"));
    assertThat(sustained).isLessThan(list);
    assertThat(hints).singleElement().satisfies(h -> {
      assertThat(h.from() + " -> " + h.to()).isEqualTo("n1-highcpu-8 -> e2-highcpu-8");
      assertThat(h.monthlySavings().amount().setScale(6, java.math.RoundingMode.HALF_UP))
          .isEqualByComparingTo(sustained.setScale(6, java.math.RoundingMode.HALF_UP));
      assertThat(h.monthlySavings().display()).isEqualTo("$0.36");
      assertThat(h.why()).contains("Run all month, n1-highcpu-8 gets GCP's sustained-use discount and costs $144.81 a month "
          + "against $144.45 for e2-highcpu-8 (e2 gets none)").contains("it would be $62.42 a month");
    });
  }

  @Test
  void n1_running_part_of_the_month_saves_at_list_prices() throws Exception {
    List<Hint> hints = Advise.rule(GCP, Advise.hcl("provider \"google\" { region = \"us-central1\" }\n"
        + vm("dev", "n1-standard-4", ""),
        Advise.usage("version: 0.1\nresource_usage:\n  google_compute_instance.dev:\n    monthly_hrs: 200\n")));
    BigDecimal expected = CatalogPrices.gce("us-central1", "n1-standard-4", "on_demand")
        .subtract(CatalogPrices.gce("us-central1", "e2-standard-4", "on_demand")).multiply(BigDecimal.valueOf(200));
    assertThat(hints).singleElement().satisfies(h -> {
      assertThat(h.to()).isEqualTo("e2-standard-4");
      assertThat(h.monthlySavings().amount()).isEqualByComparingTo(expected).isEqualByComparingTo("11.195232");
    });
  }

  @Test
  void gke_node_pool_counts_every_node_of_a_regional_pool() throws Exception {
    List<Hint> hints = Advise.rule(GCP, Advise.hcl("""
        provider "google" { region = "us-central1" }
        resource "google_container_node_pool" "batch" {
          name       = "batch"
          cluster    = "c"
          location   = "us-central1-a"
          node_count = 4
          node_config { machine_type = "n1-highcpu-16" }
        }
        """));
    BigDecimal perNode = CatalogPrices.gce("us-central1", "n1-highcpu-16", "sustained_use")
        .subtract(CatalogPrices.gce("us-central1", "e2-highcpu-16", "sustained_use"));
    assertThat(hints).singleElement().satisfies(h -> {
      assertThat(h.target()).isEqualTo("google_container_node_pool.batch node_config");
      assertThat(h.monthlySavings().amount().setScale(6, java.math.RoundingMode.HALF_UP))
          .isEqualByComparingTo(perNode.multiply(BigDecimal.valueOf(4)).setScale(6, java.math.RoundingMode.HALF_UP));
      assertThat(h.caveats()).containsExactly("Changing a node pool's machine type re-creates its nodes");
    });
  }

  @Test
  void n1_that_e2_would_make_dearer_all_month_or_that_has_gpus_gets_no_hint() throws Exception {
    // All month, a discounted n1-standard-4 costs less than e2-standard-4, and n2 costs more at any price.
    assertThat(CatalogPrices.gce("us-central1", "e2-standard-4", "sustained_use"))
        .isGreaterThan(CatalogPrices.gce("us-central1", "n1-standard-4", "sustained_use"));
    assertThat(CatalogPrices.gce("us-central1", "n2-standard-4", "on_demand"))
        .isGreaterThan(CatalogPrices.gce("us-central1", "n1-standard-4", "on_demand"));
    assertThat(Advise.rule(GCP, Advise.hcl("provider \"google\" { region = \"us-central1\" }\n"
        + vm("web", "n1-standard-4", "")
        + vm("gpu", "n1-highcpu-8", "guest_accelerator {\n type = \"nvidia-tesla-t4\"\n count = 1\n}")
        + vm("cur", "e2-highcpu-8", "")))).isEmpty();
  }

  @Test
  void azure_v3_vm_moves_to_the_v5_size_and_is_told_about_the_temporary_disk() throws Exception {
    List<Hint> hints = Advise.rule(AZURE, Advise.hcl("""
        resource "azurerm_linux_virtual_machine" "app" {
          name                  = "app"
          location              = "westeurope"
          resource_group_name   = "rg"
          size                  = "Standard_D4s_v3"
          admin_username        = "ops"
          network_interface_ids = []
          os_disk {
            caching              = "ReadWrite"
            storage_account_type = "Standard_LRS"
          }
        }
        """));
    BigDecimal expected = monthly(CatalogPrices.azureLinux("westeurope", "Standard_D4s_v3")
        .subtract(CatalogPrices.azureLinux("westeurope", "Standard_D4s_v5")));
    assertThat(hints).singleElement().satisfies(h -> {
      assertThat(h.from() + " -> " + h.to()).isEqualTo("Standard_D4s_v3 -> Standard_D4s_v5");
      assertThat(h.monthlySavings().amount()).isEqualByComparingTo(expected).isEqualByComparingTo("7.30");
      assertThat(h.caveats()).first().asString().isEqualTo("Standard_D4s_v5 has no local temporary disk (Standard_D4s_v3 has one): "
          + "if anything uses it (/mnt, /dev/sdb1, D:), choose Standard_D4ds_v5 instead");
    });
  }

  @Test
  void aks_default_pool_is_advised_per_node() throws Exception {
    List<Hint> hints = Advise.rule(AZURE, Advise.hcl("""
        resource "azurerm_kubernetes_cluster" "aks" {
          name                = "aks"
          location            = "uksouth"
          resource_group_name = "rg"
          dns_prefix          = "aks"
          default_node_pool {
            name       = "default"
            node_count = 3
            vm_size    = "Standard_E4s_v3"
          }
        }
        """));
    BigDecimal expected = CatalogPrices.azureLinux("uksouth", "Standard_E4s_v3")
        .subtract(CatalogPrices.azureLinux("uksouth", "Standard_E4s_v5")).multiply(Hours.PER_MONTH).multiply(BigDecimal.valueOf(3));
    assertThat(hints).singleElement().satisfies(h -> {
      assertThat(h.target()).isEqualTo("azurerm_kubernetes_cluster.aks default_node_pool");
      assertThat(h.monthlySavings().amount()).isEqualByComparingTo(expected).isEqualByComparingTo("35.04");
      assertThat(h.caveats()).anyMatch(c -> c.startsWith("A node pool's VM size cannot change in place"));
    });
  }

  @Test
  void azure_sizes_whose_v5_costs_the_same_or_that_are_current_get_no_hint() throws Exception {
    assertThat(CatalogPrices.azureLinux("eastus", "Standard_D2s_v5"))
        .isEqualByComparingTo(CatalogPrices.azureLinux("eastus", "Standard_D2s_v3"));
    assertThat(Advise.rule(AZURE, Advise.hcl("""
        resource "azurerm_linux_virtual_machine" "same" {
          name                  = "same"
          location              = "eastus"
          resource_group_name   = "rg"
          size                  = "Standard_D2s_v3"
          admin_username        = "ops"
          network_interface_ids = []
          os_disk {
            caching              = "ReadWrite"
            storage_account_type = "Standard_LRS"
          }
        }
        resource "azurerm_linux_virtual_machine" "current" {
          name                  = "current"
          location              = "westeurope"
          resource_group_name   = "rg"
          size                  = "Standard_D4s_v5"
          admin_username        = "ops"
          network_interface_ids = []
          os_disk {
            caching              = "ReadWrite"
            storage_account_type = "Standard_LRS"
          }
        }
        """))).isEmpty();
  }
}
