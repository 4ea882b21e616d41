package dev.tollgate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A rate converts an estimate once, exactly, and refuses what would convert twice or wrongly. */
class ExchangeRateTest {

  private static final ExchangeRate EUR = new ExchangeRate("USD", "EUR", new BigDecimal("0.9234"), "--currency-rate");

  private static Estimate oneVolume() {
    Resource r = new Resource("aws_ebs_volume.a", "aws_ebs_volume", "aws", Region.of("eu-west-1", Region.Source.ATTRIBUTE),
        Attributes.EMPTY, java.util.Map.of(), Action.CREATE);
    CostedResource priced = new CostedResource(r, new Outcome.Priced(List.of(
        CostComponent.fixed("Storage (general purpose SSD, gp3)", "GB", new BigDecimal("333"), UnitPrice.of(new BigDecimal("0.088"), "x")),
        CostComponent.fixed("Provisioned IOPS", "IOPS", new BigDecimal("1000"), UnitPrice.missing("no price"))),
        List.of(), List.of()));
    ProjectEstimate p = new ProjectEstimate("p", "p", "terraform_plan_json", Breakdown.EMPTY, new Breakdown(List.of(priced)),
        List.of(new ResourceDiff(r.address(), Action.CREATE, Optional.empty(), Optional.of(priced))), List.of());
    return new Estimate(List.of(p), "USD", Instant.EPOCH);
  }

  @Test
  void prices_are_multiplied_exactly_and_missing_prices_stay_missing() {
    Estimate eur = EUR.apply(oneVolume());
    assertThat(eur.currency()).isEqualTo("EUR");
    assertThat(eur.currentMonthly().amount()).isEqualByComparingTo("27.0593136");
    ProjectEstimate p = eur.projects().get(0);
    assertThat(p.current().resources().get(0).components().get(1).priceMissing()).isTrue();
    assertThat(p.diffs().get(0).monthlyAfter()).isEqualByComparingTo("27.0593136");
    assertThat(p.notes()).containsExactly("amounts in EUR, converted from USD at 1 USD = 0.9234 EUR (--currency-rate)");
  }

  @Test
  void an_estimate_already_converted_cannot_be_converted_again() {
    Estimate eur = EUR.apply(oneVolume());
    assertThatThrownBy(() -> EUR.apply(eur)).isInstanceOf(IllegalArgumentException.class).hasMessage("the estimate is in EUR, not USD");
  }

  @Test
  void a_rate_is_positive_between_iso_codes() {
    assertThatThrownBy(() -> new ExchangeRate("USD", "EUR", BigDecimal.ZERO, "x")).hasMessageContaining("positive");
    assertThatThrownBy(() -> new ExchangeRate("USD", "euro", BigDecimal.ONE, "x")).hasMessageContaining("ISO 4217");
  }
}
