package dev.tollgate.infracost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.pricing.AttributeFilter;
import dev.tollgate.pricing.PriceAnswer;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.PriceQuery;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * A {@link PriceQuery} as the Cloud Pricing API's GraphQL request, in the shape the Infracost CLI sends
 * (one {@code products} query with {@code $productFilter} and {@code $priceFilter} variables), and its
 * answer as a {@link PriceAnswer}. Like the CLI, the smallest non-zero price wins when several match.
 */
final class PriceQueries {

  static final String QUERY = "query($productFilter: ProductFilter!, $priceFilter: PriceFilter) {"
      + " products(filter: $productFilter) { prices(filter: $priceFilter) { priceHash unit USD } } }";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PriceQueries() {}

  static ObjectNode request(PriceQuery q) {
    ObjectNode product = NODES.objectNode();
    product.put("vendorName", q.vendor());
    putIfSet(product, "service", q.service());
    putIfSet(product, "productFamily", q.productFamily());
    putIfSet(product, "region", q.region());
    ArrayNode attributes = product.putArray("attributeFilters");
    for (AttributeFilter f : q.attributes()) {
      ObjectNode a = attributes.addObject().put("key", f.key());
      if (f.isExact()) {
        a.put("value", f.value());
      } else {
        a.put("value_regex", f.valueRegex());
      }
    }
    PriceFilter p = q.priceFilter();
    ObjectNode price = NODES.objectNode();
    putIfSet(price, "purchaseOption", p.purchaseOption());
    putIfSet(price, "unit", p.unit());
    putIfSet(price, "startUsageAmount", p.startUsageAmount());
    putIfSet(price, "termLength", p.termLength());
    putIfSet(price, "termPurchaseOption", p.termPurchaseOption());
    putIfSet(price, "termOfferingClass", p.termOfferingClass());
    ObjectNode request = NODES.objectNode().put("query", QUERY);
    ObjectNode variables = request.putObject("variables");
    variables.set("productFilter", product);
    variables.set("priceFilter", price);
    return request;
  }

  private static void putIfSet(ObjectNode o, String field, String value) {
    if (value != null) {
      o.put(field, value);
    }
  }

  /**
   * One GraphQL result ({@code {"data": {"products": [...]}}}) as an answer.
   *
   * @throws PriceSourceException when the result carries GraphQL errors instead of data
   */
  static PriceAnswer answer(PriceQuery q, JsonNode result, String provenance, String endpoint) {
    JsonNode errors = result.path("errors");
    if (errors.isArray() && !errors.isEmpty()) {
      throw new PriceSourceException("prices.api_graphql", "the Infracost Cloud Pricing API answered with an error for "
          + q.describe() + ": " + errors.get(0).path("message").asText("(no message)"), endpoint);
    }
    JsonNode products = result.path("data").path("products");
    if (!products.isArray()) {
      throw new PriceSourceException("prices.api_shape", "the Infracost Cloud Pricing API's answer has no data.products for "
          + q.describe() + "; is --pricing-api-endpoint a Cloud Pricing API?", endpoint);
    }
    BigDecimal best = null;
    String unit = "";
    Set<BigDecimal> distinct = new HashSet<>();
    int unreadable = 0;
    for (JsonNode product : products) {
      for (JsonNode price : product.path("prices")) {
        BigDecimal usd;
        try {
          usd = new BigDecimal(price.path("USD").asText());
        } catch (NumberFormatException e) {
          unreadable++;
          continue;
        }
        distinct.add(usd.stripTrailingZeros());
        if (best == null || better(usd, best)) {
          best = usd;
          unit = price.path("unit").asText("");
        }
      }
    }
    if (best == null) {
      return new PriceAnswer.NotFound("the Infracost Cloud Pricing API has no price for " + q.describe()
          + (unreadable > 0 ? " (" + unreadable + " answered without a USD number)" : ""));
    }
    return new PriceAnswer.Found(best, unit, provenance, distinct.size());
  }

  /** The smallest non-zero price first; a zero price only when there is nothing else. */
  private static boolean better(BigDecimal candidate, BigDecimal current) {
    if (current.signum() == 0) {
      return candidate.signum() != 0;
    }
    return candidate.signum() != 0 && candidate.compareTo(current) < 0;
  }
}
