package dev.tollgate.infracost;

import dev.tollgate.pricing.AttributeFilter;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.PriceQuery;
import dev.tollgate.pricing.catalog.CatalogFile;
import dev.tollgate.pricing.catalog.CatalogPrice;
import dev.tollgate.pricing.catalog.PriceCatalog;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * The catalog seen as the Cloud Pricing API sees prices: products (vendor, service, family, region,
 * attributes), each with its prices (purchase option, unit, tier, terms). Filters follow the API's
 * rules: exact values or {@code /regex/flags}, and an empty value matches a missing one. A filter on
 * something the catalog does not hold (a SKU, a price description) matches nothing rather than
 * everything, so the answer is never a price for another product.
 */
final class CatalogProducts {

  /** As the Cloud Pricing API, never more than this many products per query. */
  static final int PRODUCT_LIMIT = 1000;

  /** The product part of a {@code products(filter:)} query. */
  record ProductFilter(String vendor, String service, String productFamily, String region, String sku, List<AttributeFilter> attributes) {}

  /** One product with the catalog rows that are its prices. */
  record Product(String productHash, String vendorName, String service, String productFamily, String region,
      SortedMap<String, String> attributes, List<CatalogPrice> rows) {}

  private final PriceCatalog catalog;

  CatalogProducts(PriceCatalog catalog) {
    this.catalog = catalog;
  }

  PriceCatalog catalog() {
    return catalog;
  }

  List<Product> find(ProductFilter f) {
    if (f.sku() != null) {
      return List.of();
    }
    List<AttributeFilter> indexed = new ArrayList<>();
    List<String> mustBeAbsent = new ArrayList<>();
    for (AttributeFilter a : f.attributes()) {
      if (a.isExact() && a.value().isEmpty()) {
        mustBeAbsent.add(a.key());
      } else {
        indexed.add(a);
      }
    }
    Map<String, List<CatalogPrice>> byProduct = new LinkedHashMap<>();
    for (String vendor : vendors(f.vendor())) {
      PriceQuery q = new PriceQuery(vendor, f.service(), f.productFamily(), f.region(), indexed, PriceFilter.ANY);
      for (CatalogPrice p : catalog.find(q)) {
        if (mustBeAbsent.stream().allMatch(k -> p.attribute(k) == null)) {
          byProduct.computeIfAbsent(identity(p), k -> new ArrayList<>()).add(p);
        }
      }
    }
    List<Product> out = new ArrayList<>();
    for (Map.Entry<String, List<CatalogPrice>> e : byProduct.entrySet()) {
      if (out.size() == PRODUCT_LIMIT) {
        break;
      }
      CatalogPrice p = e.getValue().get(0);
      out.add(new Product(md5(e.getKey()), p.vendor(), p.service(), p.productFamily(), p.region(), p.attributes(), e.getValue()));
    }
    return out;
  }

  private List<String> vendors(String vendor) {
    if (vendor != null) {
      return List.of(vendor);
    }
    TreeSet<String> all = new TreeSet<>();
    for (CatalogFile.BlockRef r : catalog.header().blocks()) {
      all.add(r.vendor());
    }
    return new ArrayList<>(all);
  }

  /** Does a catalog row pass a {@code prices(filter:)}? Keys are the API's; values compare as it does. */
  static boolean matches(CatalogPrice p, Map<String, Object> filter) {
    for (Map.Entry<String, Object> e : filter.entrySet()) {
      if (e.getValue() == null) {
        continue;
      }
      String want = e.getValue().toString();
      boolean ok;
      switch (e.getKey()) {
        case "purchaseOption": ok = want.equals(p.purchaseOption()); break;
        case "unit": ok = want.equals(p.unit()); break;
        case "termLength": ok = want.equals(p.termLength()); break;
        case "termPurchaseOption": ok = want.equals(p.termPurchaseOption()); break;
        case "termOfferingClass": ok = want.equals(p.termOfferingClass()); break;
        case "startUsageAmount": ok = sameNumber(want, p.startUsageAmount()); break;
        case "endUsageAmount": ok = sameNumber(want, p.endUsageAmount()); break;
        // The catalog keeps no price descriptions: only "no description" can match.
        case "description": ok = want.isEmpty(); break;
        default: ok = false;
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameNumber(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty();
    }
    try {
      return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
    } catch (NumberFormatException e) {
      return a.equals(b);
    }
  }

  /** Infracost's price hashes are {@code md5(product)-md5(price)}; these are stable the same way. */
  static String priceHash(Product product, CatalogPrice p) {
    return product.productHash() + "-" + md5(String.join("|", p.purchaseOption(), p.unit(), p.startUsageAmount(),
        p.endUsageAmount(), p.termLength(), p.termPurchaseOption(), p.termOfferingClass()));
  }

  private static String identity(CatalogPrice p) {
    return String.join("|", p.vendor(), p.service(), p.productFamily(), p.region(), p.attributes().toString());
  }

  private static String md5(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is part of every Java runtime", e);
    }
  }
}
