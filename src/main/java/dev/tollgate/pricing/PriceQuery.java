package dev.tollgate.pricing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A price request in the vocabulary of Infracost's Cloud Pricing API, so the same query can be
 * answered by the local catalog, by the hosted API, or by Tollgate's compatible endpoint.
 *
 * @param vendor {@code aws}, {@code gcp} or {@code azure}
 * @param service {@code AmazonEC2}, {@code Compute Engine}, {@code Virtual Machines}; null for any
 * @param productFamily {@code Compute Instance}, {@code Storage}; null for any
 * @param region region code; null for any
 */
public record PriceQuery(
    String vendor,
    String service,
    String productFamily,
    String region,
    List<AttributeFilter> attributes,
    PriceFilter priceFilter) {

  public PriceQuery {
    Objects.requireNonNull(vendor, "vendor");
    attributes = List.copyOf(attributes);
    priceFilter = priceFilter == null ? PriceFilter.ANY : priceFilter;
  }

  public static Builder of(String vendor, String service, String productFamily, String region) {
    return new Builder(vendor, service, productFamily, region);
  }

  /** A stable text form, for caches and messages. */
  public String key() {
    return vendor + "|" + service + "|" + productFamily + "|" + region + "|" + attributes + "|" + priceFilter;
  }

  /** What a person reads when a price is missing: {@code AmazonEC2 Compute Instance (instanceType=m5.large) in us-east-1}. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    b.append(service == null ? vendor : service);
    if (productFamily != null) {
      b.append(' ').append(productFamily);
    }
    if (!attributes.isEmpty()) {
      b.append(" (");
      for (int i = 0; i < attributes.size(); i++) {
        b.append(i == 0 ? "" : ", ").append(attributes.get(i));
      }
      b.append(')');
    }
    if (region != null) {
      b.append(" in ").append(region);
    }
    if (priceFilter.purchaseOption() != null && !priceFilter.purchaseOption().equals("on_demand")
        || priceFilter.termLength() != null) {
      b.append(" [").append(priceFilter).append(']');
    }
    return b.toString();
  }

  /** Builds a query with a fluent list of attribute filters. */
  public static final class Builder {
    private final String vendor;
    private final String service;
    private final String productFamily;
    private final String region;
    private final List<AttributeFilter> attributes = new ArrayList<>();
    private PriceFilter priceFilter = PriceFilter.ANY;

    private Builder(String vendor, String service, String productFamily, String region) {
      this.vendor = vendor;
      this.service = service;
      this.productFamily = productFamily;
      this.region = region;
    }

    public Builder attr(String key, String value) {
      attributes.add(AttributeFilter.eq(key, value));
      return this;
    }

    public Builder attrRegex(String key, String regex) {
      attributes.add(AttributeFilter.regex(key, regex));
      return this;
    }

    public Builder price(PriceFilter filter) {
      this.priceFilter = filter;
      return this;
    }

    public PriceQuery build() {
      return new PriceQuery(vendor, service, productFamily, region, attributes, priceFilter);
    }
  }
}
