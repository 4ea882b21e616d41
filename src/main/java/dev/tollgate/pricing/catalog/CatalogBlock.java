package dev.tollgate.pricing.catalog;

import dev.tollgate.pricing.AttributeFilter;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.PriceQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * One loaded block of the catalog with an inverted index from {@code key=value} to the prices that
 * have it, so a query touches only the prices sharing its most selective exact attribute.
 */
final class CatalogBlock {

  private static final int[] NONE = new int[0];

  private final List<CatalogPrice> prices;
  /** Product family to the indexes of its prices. */
  private final Map<String, int[]> families;
  /** Attribute key, then value, to the indexes of the prices that have it. */
  private final Map<String, Map<String, int[]>> postings;

  CatalogBlock(List<CatalogPrice> prices) {
    this.prices = List.copyOf(prices);
    // Two levels (key, then value) and primitive builders: a block of 50,000 prices has close to a
    // million attribute entries, and joining each key and value into one string and boxing each index
    // was most of the time a cold block took to load.
    Map<String, IntStream.Builder> byFamily = new HashMap<>();
    Map<String, Map<String, IntStream.Builder>> byAttribute = new HashMap<>();
    // The decoder shares one attribute map between consecutive prices of a product (its price tiers,
    // units, terms), so their postings are looked up once.
    Map<String, String> lastAttributes = null;
    List<IntStream.Builder> lastPostings = new ArrayList<>();
    for (int i = 0; i < prices.size(); i++) {
      CatalogPrice p = prices.get(i);
      byFamily.computeIfAbsent(p.productFamily(), k -> IntStream.builder()).add(i);
      if (p.attributes() != lastAttributes) {
        lastAttributes = p.attributes();
        lastPostings = new ArrayList<>(lastAttributes.size());
        for (Map.Entry<String, String> a : lastAttributes.entrySet()) {
          lastPostings.add(byAttribute.computeIfAbsent(a.getKey(), k -> new HashMap<>())
              .computeIfAbsent(a.getValue(), v -> IntStream.builder()));
        }
      }
      for (IntStream.Builder b : lastPostings) {
        b.add(i);
      }
    }
    this.families = arrays(byFamily);
    Map<String, Map<String, int[]>> out = new HashMap<>(byAttribute.size() * 2);
    byAttribute.forEach((k, values) -> out.put(k, arrays(values)));
    this.postings = out;
  }

  private static Map<String, int[]> arrays(Map<String, IntStream.Builder> builders) {
    Map<String, int[]> out = new HashMap<>(builders.size() * 2);
    builders.forEach((k, b) -> out.put(k, b.build().toArray()));
    return out;
  }

  List<CatalogPrice> prices() {
    return prices;
  }

  /** Prices matching the query's family, attributes and price filter, in catalog order. */
  List<CatalogPrice> find(PriceQuery q) {
    int[] candidates = null;
    if (q.productFamily() != null) {
      candidates = families.getOrDefault(q.productFamily(), NONE);
    }
    for (AttributeFilter f : q.attributes()) {
      if (f.isExact()) {
        int[] list = postings.getOrDefault(f.key(), Map.of()).getOrDefault(f.value(), NONE);
        if (candidates == null || list.length < candidates.length) {
          candidates = list;
        }
      }
    }
    List<CatalogPrice> out = new ArrayList<>();
    if (candidates == null) {
      for (CatalogPrice p : prices) {
        if (matches(p, q)) {
          out.add(p);
        }
      }
      return out;
    }
    for (int i : candidates) {
      CatalogPrice p = prices.get(i);
      if (matches(p, q)) {
        out.add(p);
      }
    }
    return out;
  }

  static boolean matches(CatalogPrice p, PriceQuery q) {
    if (q.productFamily() != null && !q.productFamily().equals(p.productFamily())) {
      return false;
    }
    for (AttributeFilter f : q.attributes()) {
      String v = p.attribute(f.key());
      if (v == null) {
        return false;
      }
      if (f.isExact() ? !f.value().equals(v) : !regex(f).matcher(v).find()) {
        return false;
      }
    }
    return matches(p, q.priceFilter());
  }

  private static boolean matches(CatalogPrice p, PriceFilter f) {
    return eq(f.purchaseOption(), p.purchaseOption())
        && eq(f.unit(), p.unit())
        && (f.startUsageAmount() == null || sameNumber(f.startUsageAmount(), p.startUsageAmount()))
        && eq(f.termLength(), p.termLength())
        && eq(f.termPurchaseOption(), p.termPurchaseOption())
        && eq(f.termOfferingClass(), p.termOfferingClass());
  }

  private static boolean eq(String wanted, String actual) {
    return wanted == null || wanted.equals(actual);
  }

  private static boolean sameNumber(String a, String b) {
    try {
      return new java.math.BigDecimal(a).compareTo(new java.math.BigDecimal(b)) == 0;
    } catch (NumberFormatException e) {
      return a.equals(b);
    }
  }

  private static final Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

  private static Pattern regex(AttributeFilter f) {
    return PATTERNS.computeIfAbsent(f.valueRegex(), r -> f.pattern());
  }

  @Override
  public String toString() {
    return "CatalogBlock" + Arrays.asList(prices.size());
  }
}
