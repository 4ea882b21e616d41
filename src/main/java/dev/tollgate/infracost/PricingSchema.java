package dev.tollgate.infracost;

import dev.tollgate.pricing.AttributeFilter;
import dev.tollgate.pricing.ExchangeRates;
import dev.tollgate.pricing.catalog.CatalogPrice;
import dev.tollgate.pricing.catalog.CatalogSource;
import graphql.GraphQL;
import graphql.GraphQLException;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.PatternSyntaxException;

/**
 * The Cloud Pricing API's GraphQL schema (the part the Infracost CLI uses: {@code products}, their
 * {@code attributes} and {@code prices} with a price per currency), answered from the local catalog
 * by graphql-java. Prices in other currencies come from the endpoint's exchange rates; a currency
 * without a rate is a field error, never a guess.
 */
final class PricingSchema {

  /** Deep enough for {@code products { prices { USD } }} and its attributes, no deeper. */
  static final int MAX_DEPTH = 5;
  static final int MAX_COMPLEXITY = 200;

  private static final String SDL = """
      type Query { products(filter: ProductFilter): [Product!]! }
      input ProductFilter { vendorName: String service: String productFamily: String region: String sku: String
        attributeFilters: [AttributeFilter] }
      input AttributeFilter { key: String! value: String value_regex: String valueRegex: String }
      input PriceFilter { purchaseOption: String unit: String description: String description_regex: String
        startUsageAmount: String endUsageAmount: String termLength: String termPurchaseOption: String termOfferingClass: String }
      type Attribute { key: String! value: String }
      type Product { productHash: String! vendorName: String! service: String! productFamily: String region: String sku: String!
        attributes: [Attribute!]! prices(filter: PriceFilter): [Price!]! }
      type Price { priceHash: String! purchaseOption: String unit: String! effectiveDateStart: String startUsageAmount: String
        endUsageAmount: String description: String termLength: String termPurchaseOption: String termOfferingClass: String
        USD: String! %s }
      """;

  /** One price of one product, as the schema's {@code Price}. */
  record Price(String priceHash, String purchaseOption, String unit, String effectiveDateStart, String startUsageAmount,
      String endUsageAmount, String description, String termLength, String termPurchaseOption, String termOfferingClass,
      BigDecimal usd) {}

  /** One attribute, as the schema's {@code Attribute}. */
  record Attribute(String key, String value) {}

  private PricingSchema() {}

  static GraphQL build(CatalogProducts products, ExchangeRates rates) {
    TreeSet<String> currencies = new TreeSet<>();
    Currency.getAvailableCurrencies().forEach(c -> currencies.add(c.getCurrencyCode()));
    currencies.addAll(rates.all().keySet());
    currencies.remove("USD");
    StringBuilder fields = new StringBuilder();
    currencies.forEach(c -> fields.append(c).append(": String "));
    TypeRuntimeWiring.Builder price = TypeRuntimeWiring.newTypeWiring("Price")
        .dataFetcher("USD", env -> plain(env.<Price>getSource().usd()));
    for (String code : currencies) {
      price.dataFetcher(code, converted(code, rates));
    }
    RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
        .type("Query", t -> t.dataFetcher("products", env -> spend(env, products.find(productFilter(env)))))
        .type("Product", t -> t
            .dataFetcher("sku", env -> env.<CatalogProducts.Product>getSource().productHash())
            .dataFetcher("attributes", env -> attributes(env.getSource()))
            .dataFetcher("prices", env -> prices(products, env.getSource(), env.getArgument("filter"))))
        .type(price)
        .build();
    GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL.formatted(fields)), wiring);
    return GraphQL.newGraphQL(schema)
        .instrumentation(new ChainedInstrumentation(List.of(
            new MaxQueryDepthInstrumentation(MAX_DEPTH), new MaxQueryComplexityInstrumentation(MAX_COMPLEXITY))))
        .build();
  }

  /** Key of the request's product budget in the GraphQL context: one counter shared by every query of a batch. */
  static final String BUDGET = "tollgate.productBudget";

  /** Counts the products against the request's budget, so one request cannot ask for the whole catalog. */
  private static List<CatalogProducts.Product> spend(DataFetchingEnvironment env, List<CatalogProducts.Product> found) {
    AtomicInteger budget = env.getGraphQlContext().get(BUDGET);
    if (budget != null && budget.addAndGet(-found.size()) < 0) {
      throw new GraphQLException("this request asks for more than " + PricingEndpoint.MAX_PRODUCTS
          + " products; narrow the filters or send fewer queries per request");
    }
    return found;
  }

  private static DataFetcher<String> converted(String code, ExchangeRates rates) {
    return env -> {
      BigDecimal rate = rates.all().get(code);
      if (rate == null) {
        throw new GraphQLException("no exchange rate for " + code + " on this endpoint; start it with --currency-rates FILE listing " + code);
      }
      return plain(env.<Price>getSource().usd().multiply(rate));
    };
  }

  private static String plain(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.toPlainString();
  }

  private static CatalogProducts.ProductFilter productFilter(DataFetchingEnvironment env) {
    Map<String, Object> f = env.getArgument("filter");
    if (f == null || f.get("vendorName") == null || f.get("service") == null && f.get("region") == null) {
      throw new GraphQLException("products(filter:) needs vendorName and a service or region");
    }
    List<AttributeFilter> attributes = new ArrayList<>();
    Object list = f.get("attributeFilters");
    if (list instanceof List<?> items) {
      int i = 0;
      for (Object o : items) {
        if (o instanceof Map<?, ?> a) {
          attributes.add(attribute(i, a));
        }
        i++;
      }
    }
    return new CatalogProducts.ProductFilter((String) f.get("vendorName"), (String) f.get("service"),
        (String) f.get("productFamily"), (String) f.get("region"), (String) f.get("sku"), attributes);
  }

  private static AttributeFilter attribute(int i, Map<?, ?> a) {
    Object key = a.get("key");
    Object value = a.get("value");
    Object regex = a.get("value_regex") != null ? a.get("value_regex") : a.get("valueRegex");
    if ((value == null) == (regex == null)) {
      throw new GraphQLException("attributeFilters[" + i + "] (" + key + "): give value or value_regex");
    }
    if (value != null) {
      return AttributeFilter.eq(key.toString(), value.toString());
    }
    AttributeFilter f = AttributeFilter.regex(key.toString(), regex.toString());
    try {
      f.pattern();
    } catch (PatternSyntaxException e) {
      throw new GraphQLException("attributeFilters[" + i + "] (" + key + "): bad regex " + regex + ": " + e.getDescription());
    }
    return f;
  }

  private static List<Attribute> attributes(CatalogProducts.Product p) {
    List<Attribute> out = new ArrayList<>();
    p.attributes().forEach((k, v) -> out.add(new Attribute(k, v)));
    return out;
  }

  private static List<Price> prices(CatalogProducts products, CatalogProducts.Product p, Map<String, Object> filter) {
    List<Price> out = new ArrayList<>();
    List<CatalogSource> sources = products.catalog().sources();
    for (CatalogPrice row : p.rows()) {
      if (filter == null || CatalogProducts.matches(row, filter)) {
        String date = row.sourceId() < sources.size() ? sources.get(row.sourceId()).priceDate() : null;
        out.add(new Price(CatalogProducts.priceHash(p, row), orNull(row.purchaseOption()), row.unit(), date,
            orNull(row.startUsageAmount()), orNull(row.endUsageAmount()), null, orNull(row.termLength()),
            orNull(row.termPurchaseOption()), orNull(row.termOfferingClass()), row.usd()));
      }
    }
    return out;
  }

  /** The catalog writes "" for what a price does not have; the API answers null. */
  private static String orNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
