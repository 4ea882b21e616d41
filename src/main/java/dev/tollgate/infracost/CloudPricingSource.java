package dev.tollgate.infracost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.tollgate.pricing.PriceAnswer;
import dev.tollgate.pricing.PriceQuery;
import dev.tollgate.pricing.PriceSource;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prices from Infracost's Cloud Pricing API. Answers are memoised for the run and kept in a
 * {@link PricingApiCache} across runs; {@link #prefetch} sends every query a plan needs in a few
 * batched requests (the engine then finds them all in memory), and a query that was not prefetched
 * is sent on its own. A failed request stops the run with a {@link PriceSourceException}: it never
 * becomes a zero or a stale price.
 */
public final class CloudPricingSource implements PriceSource {

  /** Queries per HTTP request; the Infracost CLI sends 5, the API takes many more. */
  static final int BATCH = 50;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  private final PricingApiSettings settings;
  private final PricingApiCache cache;
  /** Made on the first request only: Java's HTTP client loads the TLS stack, most of a second, which a warm cache never needs. */
  private PricingApiClient client;
  private final Map<String, PriceAnswer> answers = new ConcurrentHashMap<>();
  private int requests;

  public CloudPricingSource(PricingApiSettings settings, PricingApiCache cache) {
    this.settings = settings;
    this.cache = cache;
  }

  @Override
  public String name() {
    return "Infracost Cloud Pricing API";
  }

  @Override
  public PriceAnswer lookup(PriceQuery query) {
    PriceAnswer known = answers.get(query.key());
    if (known != null) {
      return known;
    }
    prefetch(List.of(query));
    return answers.get(query.key());
  }

  /** Fetches, in batches, the answers to every query not already known. */
  public synchronized void prefetch(Collection<PriceQuery> queries) {
    Map<String, PriceQuery> wanted = new LinkedHashMap<>();
    for (PriceQuery q : queries) {
      if (!answers.containsKey(q.key())) {
        Optional<PricingApiCache.Entry> cached = cache.get(cacheKey(q));
        if (cached.isPresent()) {
          answers.put(q.key(), answer(q, cached.get().result(), cached.get().fetchedAt()));
        } else {
          wanted.putIfAbsent(q.key(), q);
        }
      }
    }
    List<PriceQuery> list = new ArrayList<>(wanted.values());
    for (int from = 0; from < list.size(); from += BATCH) {
      List<PriceQuery> batch = list.subList(from, Math.min(list.size(), from + BATCH));
      ArrayNode body = JsonNodeFactory.instance.arrayNode();
      batch.forEach(q -> body.add(PriceQueries.request(q)));
      requests++;
      if (client == null) {
        client = new PricingApiClient(settings);
      }
      List<JsonNode> results = client.post(body);
      Instant now = cache.now();
      for (int i = 0; i < batch.size(); i++) {
        PriceQuery q = batch.get(i);
        PriceAnswer a = answer(q, results.get(i), now);
        cache.put(cacheKey(q), results.get(i), now);
        answers.put(q.key(), a);
      }
    }
  }

  private PriceAnswer answer(PriceQuery q, JsonNode result, Instant fetchedAt) {
    return PriceQueries.answer(q, result, "Infracost Cloud Pricing API (fetched " + DAY.format(fetchedAt) + ")",
        settings.graphqlUri().toString());
  }

  private String cacheKey(PriceQuery q) {
    return settings.endpoint() + "\n" + q.key();
  }

  /** HTTP requests sent so far, for tests and the benchmark. */
  public synchronized int requests() {
    return requests;
  }
}
