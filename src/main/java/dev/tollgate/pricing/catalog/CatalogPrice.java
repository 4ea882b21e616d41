package dev.tollgate.pricing.catalog;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One price in the catalog: a product (vendor, service, family, region, attributes) and one of its
 * prices (purchase option, unit, tier, reserved terms, USD), with the source it came from.
 *
 * @param startUsageAmount first unit of the tier this price applies to ({@code 0} when untiered)
 * @param endUsageAmount last unit of the tier, empty for no end
 * @param sourceId index of the {@link CatalogSource} in the catalog's header
 * @param sourceKey the price's key in its source file, so anyone can find the raw value
 */
public record CatalogPrice(
    String vendor,
    String service,
    String productFamily,
    String region,
    SortedMap<String, String> attributes,
    String purchaseOption,
    String unit,
    BigDecimal usd,
    String startUsageAmount,
    String endUsageAmount,
    String termLength,
    String termPurchaseOption,
    String termOfferingClass,
    int sourceId,
    String sourceKey) {

  public CatalogPrice {
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(productFamily, "productFamily");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(usd, "usd");
    attributes = AttributeMap.copyOf(attributes);
    purchaseOption = nz(purchaseOption);
    unit = nz(unit);
    startUsageAmount = startUsageAmount == null || startUsageAmount.isEmpty() ? "0" : startUsageAmount;
    endUsageAmount = nz(endUsageAmount);
    termLength = nz(termLength);
    termPurchaseOption = nz(termPurchaseOption);
    termOfferingClass = nz(termOfferingClass);
    sourceKey = nz(sourceKey);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  public String attribute(String key) {
    return attributes.get(key);
  }

  /** Starts a price for the importer's fluent use. */
  public static Builder builder(String vendor, String service, String productFamily, String region) {
    return new Builder(vendor, service, productFamily, region);
  }

  /** Builds one price; importers fill what their source knows. */
  public static final class Builder {
    private final String vendor;
    private final String service;
    private final String productFamily;
    private final String region;
    private final SortedMap<String, String> attributes = new TreeMap<>();
    private String purchaseOption = "on_demand";
    private String unit = "";
    private BigDecimal usd;
    private String start = "0";
    private String end = "";
    private String termLength = "";
    private String termPurchaseOption = "";
    private String termOfferingClass = "";
    private int sourceId;
    private String sourceKey = "";

    private Builder(String vendor, String service, String productFamily, String region) {
      this.vendor = vendor;
      this.service = service;
      this.productFamily = productFamily;
      this.region = region;
    }

    public Builder attr(String key, String value) {
      if (value != null && !value.isEmpty()) {
        attributes.put(key, value);
      }
      return this;
    }

    public Builder attrs(Map<String, String> values) {
      values.forEach(this::attr);
      return this;
    }

    public Builder purchaseOption(String v) {
      this.purchaseOption = v;
      return this;
    }

    public Builder unit(String v) {
      this.unit = v;
      return this;
    }

    public Builder usd(BigDecimal v) {
      this.usd = v;
      return this;
    }

    public Builder tier(String startUsage, String endUsage) {
      this.start = startUsage;
      this.end = endUsage;
      return this;
    }

    public Builder term(String length, String purchase, String offeringClass) {
      this.termLength = length;
      this.termPurchaseOption = purchase;
      this.termOfferingClass = offeringClass;
      return this;
    }

    public Builder source(int id, String key) {
      this.sourceId = id;
      this.sourceKey = key;
      return this;
    }

    public CatalogPrice build() {
      return new CatalogPrice(vendor, service, productFamily, region, attributes, purchaseOption, unit, usd,
          start, end, termLength, termPurchaseOption, termOfferingClass, sourceId, sourceKey);
    }
  }
}
