package dev.tollgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.support.Run;
import dev.tollgate.support.Shared;
import org.junit.jupiter.api.Test;

class PricesCommandTest {

  @Test
  void search_prints_price_unit_attributes_source_and_date() {
    Run r = Run.of("prices", "search", "aws", "ec2", "m5.large", "linux", "shared", "used", "boxusage", "--region", "eu-west-1");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("eu-west-1  0.107 USD per Hrs  on_demand  Compute Instance")
        .contains("instanceType=m5.large").contains("source: yeo-ec2.shop/ec2/eu-west-1-ondemand.json (2025-04-04)");
  }

  @Test
  void search_for_an_unknown_service_is_a_clear_error() {
    Run r = Run.of("prices", "search", "aws", "teleporter");
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("the catalog has no aws service called teleporter");
  }

  @Test
  void show_answers_an_exact_query_with_its_provenance() {
    Run r = Run.of("prices", "show", "azure", "Storage", "brazilsoutheast", "--family", "Storage",
        "-a", "productName=Premium SSD Managed Disks", "-a", "skuName=P60 LRS", "-a", "meterName=P60 Disks");
    assertThat(r.out()).startsWith("2124.72 USD per 1/Month  Consumption")
        .contains("source: flexera-policy-templates/azure/azure_md_pricing.json (2026-07-12), key brazilsoutheast.P60_LRS");
  }

  @Test
  /** The one full rebuild in the suite: the shipped catalog must be exactly what the importer builds from the sources. */
  void verify_reproduces_the_shipped_catalog_byte_for_byte() {
    Run r = Run.of("prices", "verify", "--from", Shared.path("pricing-sources").toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("verified: rebuilding from ");
    assertThat(r.code()).isZero();
  }
}
