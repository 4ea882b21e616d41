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

/**
 * One loaded block of the catalog with an inverted index from {@code key=value} to the prices that
 * have it, so a query touches only the prices sharing its most selective exact attribute.
 */
final class CatalogBlock {

  private static final int[] NONE = new int[0];

  private final List<CatalogPrice> prices;
  private final Map<String, int[]> postings;

  CatalogBlock(List<CatalogPrice> prices) {
    this.prices = List.copyOf(prices);
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int i = 0; i < prices.size(); i++) {
      CatalogPrice p = prices.get(i);
      lists.computeIfAbsent(familyKey(p.productFamily()), k -> new ArrayList<>()).add(i);
      for (Map.Entry<String, String> a : p.attributes().entrySet()) {
        lists.computeIfAbsent(attrKey(a.getKey(), a.getValue()), k -> new ArrayList<>()).add(i);
      }
    }
    Map<String, int[]> arrays = new HashMap<>(lists.size() * 2);
    lists.forEach((k, v) -> arrays.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    this.postings = arrays;
  }

  List<CatalogPrice> prices() {
    return prices;
  }

  /** Prices matching the query's family, attributes and price filter, in catalog order. */
  List<CatalogPrice> find(PriceQuery q) {
    int[] candidates = null;
    if (q.productFamily() != null) {
      candidates = postings.getOrDefault(familyKey(q.productFamily()), NONE);
    }
    for (AttributeFilter f : q.attributes()) {
      if (f.isExact()) {
        int[] list = postings.getOrDefault(attrKey(f.key(), f.value()), NONE);
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

  private static String familyKey(String family) {
    return "\u0000" + family;
  }

  private static String attrKey(String k, String v) {
    return k + "\u0000" + v;
  }

  @Override
  public String toString() {
    return "CatalogBlock" + Arrays.asList(prices.size());
  }
}
