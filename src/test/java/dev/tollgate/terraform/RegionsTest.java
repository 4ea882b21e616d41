package dev.tollgate.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionsTest {

  @ParameterizedTest
  @CsvSource({
    "us-east-1a, us-east-1",
    "eu-west-2c, eu-west-2",
    "us-gov-west-1a, us-gov-west-1",
    "us-west-2-lax-1a, us-west-2-lax-1",
    "us-east-1-bos-1a, us-east-1-bos-1",
    "us-east-1-wl1-atl-wlz-1, us-east-1-wl1-atl1",
    "us-east-1, us-east-1"
  })
  void aws_zones_become_their_pricing_location(String zone, String region) {
    assertThat(Regions.awsZoneToRegion(zone)).isEqualTo(region);
  }

  @ParameterizedTest
  @CsvSource({"us-central1-a, us-central1", "europe-west1-b, europe-west1", "europe-west1, europe-west1", "US, us"})
  void google_zones_become_regions(String zone, String region) {
    assertThat(Regions.gcpZoneToRegion(zone)).isEqualTo(region);
  }

  @ParameterizedTest
  @CsvSource({"West US 2, westus2", "westeurope, westeurope", "UK South, uksouth"})
  void azure_display_names_become_codes(String name, String code) {
    assertThat(Regions.azureLocation(name)).isEqualTo(code);
  }
}
