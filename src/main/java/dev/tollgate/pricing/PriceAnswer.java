package dev.tollgate.pricing;

import java.math.BigDecimal;
import java.util.Objects;

/** A price source's answer: a USD price with its provenance, or the reason there is none. */
public sealed interface PriceAnswer permits PriceAnswer.Found, PriceAnswer.NotFound {

  /**
   * @param usd price of one source unit in US dollars
   * @param unit the source's unit ({@code Hrs}, {@code GB-Mo})
   * @param provenance where it came from, for people: {@code yeo-ec2.shop/ec2/us-east-1-ondemand.json (2025-04-04)}
   * @param matches how many prices matched; more than one means the query was ambiguous and the first was taken
   */
  record Found(BigDecimal usd, String unit, String provenance, int matches) implements PriceAnswer {
    public Found {
      Objects.requireNonNull(usd, "usd");
    }
  }

  record NotFound(String reason) implements PriceAnswer {
    public NotFound {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
