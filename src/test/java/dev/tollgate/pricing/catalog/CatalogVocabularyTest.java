package dev.tollgate.pricing.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.pricing.PriceAnswer;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.PriceQuery;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped catalog answers the Cloud Pricing API's example queries and Infracost's own filters,
 * and its known traps are handled: sustained-use months, free tiers, Azure's last-meter rows, AWS
 * location names.
 */
class CatalogVocabularyTest {

  private final PriceCatalog catalog = PriceCatalog.shipped();

  @Test
  void gcp_compute_instance_example_query_gives_the_hourly_list_price() {
    PriceQuery q = PriceQuery.of("gcp", "Compute Engine", "Compute Instance", "europe-west1")
        .attr("machineType", "n1-standard-64").price(PriceFilter.ON_DEMAND).build();
    assertThat(usd(q)).isEqualByComparingTo("3.344112");
    assertThat(catalog.find(q)).singleElement().extracting(CatalogPrice::unit).isEqualTo("Hrs");
  }

  @Test
  void gcp_sustained_use_month_is_kept_apart_from_hour_times_730() {
    PriceQuery.Builder n2 = PriceQuery.of("gcp", "Compute Engine", "Compute Instance", "europe-west1")
        .attr("machineType", "n2-standard-2");
    BigDecimal hour = usd(n2.price(PriceFilter.ON_DEMAND).build());
    BigDecimal sustained = usd(PriceQuery.of("gcp", "Compute Engine", "Compute Instance", "europe-west1")
        .attr("machineType", "n2-standard-2").price(PriceFilter.purchase("sustained_use")).build());
    assertThat(hour).isEqualByComparingTo("0.106834");
    // 730 list hours are 77.99; the source's month applies GCP's sustained-use discount (62.41).
    assertThat(hour.multiply(BigDecimal.valueOf(730))).isEqualByComparingTo("77.98882");
    assertThat(sustained).isEqualByComparingTo("62.406653764");
    assertThat(usd(PriceQuery.of("gcp", "Compute Engine", "Compute Instance", "europe-west1")
        .attr("machineType", "n2-standard-2").price(PriceFilter.purchase("preemptible")).build()))
        .isEqualByComparingTo("0.023444");
  }

  @Test
  void azure_managed_disk_example_query_gives_the_p60_price() {
    PriceQuery q = PriceQuery.of("azure", null, "Storage", "brazilsoutheast")
        .attr("productName", "Premium SSD Managed Disks").attr("skuName", "P60 LRS").attr("meterName", "P60 Disks")
        .price(PriceFilter.purchase("Consumption")).build();
    assertThat(usd(q)).isEqualByComparingTo("2124.72");
    // Infracost's current filter matches the same row.
    assertThat(catalog.find(PriceQuery.of("azure", "Storage", "Storage", "brazilsoutheast")
        .attr("productName", "Premium SSD Managed Disks").attr("skuName", "P60 LRS")
        .attrRegex("meterName", "/^P60 (LRS )?Disk(s)?$/").price(PriceFilter.purchase("Consumption")).build()))
        .hasSize(1);
  }

  @Test
  void azure_vm_linux_windows_and_spot_are_told_apart_as_infracost_queries_them() {
    PriceQuery linux = PriceQuery.of("azure", "Virtual Machines", "Compute", "westeurope")
        .attrRegex("meterName", "/^(?!.*(Expired|Free)$).*$/i").attrRegex("skuName", "/^(?!.*(Low Priority|Spot)$).*$/i")
        .attrRegex("armSkuName", "/^Standard_D2s_v5$/i").attrRegex("productName", "/Virtual Machines .* Series$/")
        .price(new PriceFilter("Consumption", "1 Hour", null, null, null, null)).build();
    assertThat(catalog.find(linux)).singleElement().extracting(CatalogPrice::usd).isEqualTo(new BigDecimal("0.115"));
    PriceQuery windows = PriceQuery.of("azure", "Virtual Machines", "Compute", "westeurope")
        .attr("armSkuName", "Standard_D2s_v5").attr("productName", "Virtual Machines Dsv5 Series Windows")
        .attr("meterName", "D2s v5").price(PriceFilter.purchase("Consumption")).build();
    assertThat(usd(windows)).isEqualByComparingTo("0.207");
    PriceQuery spot = PriceQuery.of("azure", "Virtual Machines", "Compute", "westeurope")
        .attr("armSkuName", "Standard_D2s_v5").attr("productName", "Virtual Machines Dsv5 Series")
        .attr("meterName", "D2s v5 Spot").price(PriceFilter.purchase("Consumption")).build();
    assertThat(usd(spot)).isEqualByComparingTo("0.021252");
  }

  @Test
  void azure_rows_where_the_last_meter_won_are_withheld_not_shipped() {
    PriceQuery d4 = azureVm("eastus", "Standard_D4as_v5");
    assertThat(usd(d4)).isEqualByComparingTo("0.172");
    // Karpenter's eastus Standard_D2as_v5 row says 0.178, more than the D4's 0.172: another meter's price.
    assertThat(catalog.lookup(azureVm("eastus", "Standard_D2as_v5"))).isInstanceOf(PriceAnswer.NotFound.class);
    assertThat(catalog.header().note()).containsPattern("Left out: \\d+ Azure rows whose price is out of line");
    // Within a series, the prices that ship scale with the size number.
    BigDecimal d8 = usd(azureVm("eastus", "Standard_D8as_v5"));
    assertThat(d8).isEqualByComparingTo(usd(d4).multiply(BigDecimal.valueOf(2)));
  }

  @Test
  void free_tier_rows_are_never_prices() {
    List<CatalogPrice> free = catalog.find(PriceQuery.of("aws", "AmazonDynamoDB", null, "us-east-1").build());
    assertThat(free).isNotEmpty().noneMatch(p -> p.sourceKey().contains("Free Tier") || p.sourceKey().contains("FreeTier"));
    PriceQuery writes = PriceQuery.of("aws", "AmazonDynamoDB", "Provisioned IOPS", "us-east-1")
        .attrRegex("usagetype", "/^WriteCapacityUnit-Hrs/").build();
    assertThat(catalog.find(writes)).singleElement().extracting(CatalogPrice::usd)
        .isEqualTo(new BigDecimal("0.0006500000"));
  }

  @Test
  void infracost_style_aws_queries_find_one_price() {
    assertThat(usd(PriceQuery.of("aws", "AmazonEC2", "NAT Gateway", "eu-west-1")
        .attrRegex("usagetype", "/NatGateway-Hours/").build())).isEqualByComparingTo("0.048");
    assertThat(usd(PriceQuery.of("aws", "AmazonCloudWatch", "Metric", "us-east-1").attr("group", "Metric")
        .price(PriceFilter.ANY.withStartUsage("0")).build())).isEqualByComparingTo("0.30");
    assertThat(usd(PriceQuery.of("aws", "AmazonRDS", "Database Instance", "us-east-1").attr("instanceType", "db.m5.large")
        .attr("deploymentOption", "Single-AZ").attr("databaseEngine", "PostgreSQL").price(PriceFilter.ON_DEMAND).build()))
        .isPositive();
    assertThat(usd(PriceQuery.of("aws", "AWSELB", "Load Balancer-Application", "us-east-1")
        .attr("locationType", "AWS Region").attrRegex("usagetype", "^([A-Z]{3}\\d-|Global-|EU-)?LoadBalancerUsage$").build()))
        .isEqualByComparingTo("0.0225");
    // Windows on EC2 comes from terracost's 2023 eu-west-1 dump; Linux there from yeo's fresher files.
    PriceQuery.Builder windows = PriceQuery.of("aws", "AmazonEC2", "Compute Instance", "eu-west-1")
        .attr("instanceType", "m5.large").attr("operatingSystem", "Windows").attr("tenancy", "Shared")
        .attr("capacitystatus", "Used").attr("preInstalledSw", "NA").attr("licenseModel", "No License required");
    assertThat(catalog.find(windows.price(PriceFilter.ON_DEMAND).build())).singleElement()
        .satisfies(p -> assertThat(catalog.provenance(p)).startsWith("cycloid-terracost"));
  }

  @Test
  void fresher_sources_win_and_keep_the_older_rows_descriptions() {
    List<CatalogPrice> m5 = catalog.find(PriceQuery.of("aws", "AmazonEC2", "Compute Instance", "us-east-1")
        .attr("instanceType", "m5.large").attr("operatingSystem", "Linux").attr("tenancy", "Shared")
        .attr("capacitystatus", "Used").build());
    assertThat(m5).singleElement().satisfies(p -> {
      assertThat(catalog.provenance(p)).isEqualTo("karpenter-provider-aws/zz_generated.pricing_aws.csv (2026-07-20)");
      assertThat(p.attribute("currentGeneration")).isEqualTo("Yes");
      assertThat(p.attribute("memory")).isEqualTo("8 GiB");
    });
  }

  @Test
  void instance_type_facts_say_size_architecture_and_successors() {
    InstanceType m4 = catalog.instanceType("aws", "m4.large").orElseThrow();
    assertThat(m4.vcpus()).isEqualByComparingTo("2");
    assertThat(m4.memoryGiB()).isEqualByComparingTo("8");
    assertThat(m4.architectures()).containsExactly("x86_64");
    assertThat(m4.manufacturer()).isEqualTo("Intel");
    assertThat(m4.currentGeneration()).isFalse();
    assertThat(m4.supersededBy().regularType()).contains("m5.large");
    assertThat(m4.supersededBy().amdType()).contains("m5a.large");
    assertThat(m4.supersededBy().burstableType()).contains("t3.xlarge");
    InstanceType a1 = catalog.instanceType("azure", "Standard_A1_v2").orElseThrow();
    assertThat(a1.supersededBy().regular()).isEqualTo("Standard_D2s_v5");
    assertThat(a1.memoryGiB()).isEqualByComparingTo("2");
    assertThat(catalog.instanceType("gcp", "N2-STANDARD-2")).get().extracting(InstanceType::vcpus)
        .isEqualTo(new BigDecimal("2"));
    assertThat(catalog.instanceType("aws", "m99.huge")).isEmpty();
  }

  private PriceQuery azureVm(String region, String sku) {
    return PriceQuery.of("azure", "Virtual Machines", "Compute", region).attr("armSkuName", sku)
        .attrRegex("meterName", "/^(?!.*(Low Priority|Spot)$).*$/i").attrRegex("productName", "/^(?!.*Windows$).*$/")
        .price(PriceFilter.purchase("Consumption")).build();
  }

  private BigDecimal usd(PriceQuery q) {
    PriceAnswer a = catalog.lookup(q);
    assertThat(a).as(q.describe()).isInstanceOf(PriceAnswer.Found.class);
    assertThat(((PriceAnswer.Found) a).matches()).as(q.describe() + " matches").isEqualTo(1);
    return ((PriceAnswer.Found) a).usd();
  }
}
