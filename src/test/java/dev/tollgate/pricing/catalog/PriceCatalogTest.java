package dev.tollgate.pricing.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.pricing.PriceAnswer;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.PriceQuery;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceCatalogTest {

  private final PriceCatalog catalog = PriceCatalog.shipped();

  @Test
  void a_lookup_answers_the_price_with_its_source_and_date() {
    PriceAnswer a = catalog.lookup(ec2("us-east-1", "m5.large"));
    assertThat(a).isInstanceOf(PriceAnswer.Found.class);
    PriceAnswer.Found f = (PriceAnswer.Found) a;
    assertThat(f.usd()).isEqualByComparingTo("0.096");
    assertThat(f.unit()).isEqualTo("Hrs");
    // Karpenter's 2026 us-east-1 prices are fresher than yeo's 2025 ones, and win.
    assertThat(f.provenance()).isEqualTo("karpenter-provider-aws/zz_generated.pricing_aws.csv (2026-07-20)");
    assertThat(f.matches()).isEqualTo(1);
  }

  @Test
  void local_and_wavelength_zones_have_their_own_prices() {
    assertThat(catalog.lookup(ec2("us-west-2-lax-1", "m6g.large"))).isInstanceOf(PriceAnswer.Found.class);
    assertThat(catalog.lookup(ec2("us-east-1-wl1-atl1", "t3.medium"))).isInstanceOf(PriceAnswer.Found.class);
  }

  @Test
  void a_missing_price_says_what_was_asked_and_why() {
    PriceAnswer unknownType = catalog.lookup(ec2("us-east-1", "m99.huge"));
    assertThat(((PriceAnswer.NotFound) unknownType).reason())
        .isEqualTo("no price in the local catalog for AmazonEC2 Compute Instance (instanceType=m99.huge, tenancy=Shared, "
            + "operatingSystem=Linux, capacitystatus=Used) in us-east-1");
    PriceAnswer unknownRegion = catalog.lookup(ec2("mars-north-1", "m5.large"));
    assertThat(((PriceAnswer.NotFound) unknownRegion).reason())
        .startsWith("the local catalog has no AmazonEC2 prices for region mars-north-1 (it has ");
  }

  @Test
  void only_the_blocks_a_lookup_needs_are_loaded() throws Exception {
    PriceCatalog fresh = PriceCatalog.load(java.nio.file.Path.of(PriceCatalog.class.getResource(PriceCatalog.RESOURCE).toURI()));
    fresh.lookup(ec2("eu-west-1", "m5.large"));
    fresh.lookup(ec2("eu-west-1", "c5.large"));
    assertThat(fresh.loadedBlocks()).isEqualTo(1);
    fresh.lookup(ec2("us-east-1", "c5.large"));
    assertThat(fresh.loadedBlocks()).isEqualTo(2);
  }

  @Test
  void regex_filters_and_tiers_select_ebs_prices() {
    List<CatalogPrice> io2 = catalog.find(PriceQuery.of("aws", "AmazonEC2", "System Operation", "us-east-1")
        .attr("volumeApiName", "io2").attrRegex("usagetype", "/EBS:VolumeP-IOPS.io2/").build());
    assertThat(io2).extracting(CatalogPrice::startUsageAmount).containsExactlyInAnyOrder("0", "32000", "64000");
    assertThat(io2).extracting(CatalogPrice::usd).usingElementComparator(BigDecimal::compareTo)
        .containsExactlyInAnyOrder(new BigDecimal("0.065"), new BigDecimal("0.0455"), new BigDecimal("0.03185"));
  }

  private static PriceQuery ec2(String region, String type) {
    return PriceQuery.of("aws", "AmazonEC2", "Compute Instance", region)
        .attr("instanceType", type).attr("tenancy", "Shared").attr("operatingSystem", "Linux").attr("capacitystatus", "Used")
        .price(PriceFilter.ON_DEMAND).build();
  }
}
