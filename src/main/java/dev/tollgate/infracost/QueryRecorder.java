package dev.tollgate.infracost;

import dev.tollgate.pricing.PriceAnswer;
import dev.tollgate.pricing.PriceQuery;
import dev.tollgate.pricing.PriceSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A price source that answers nothing and remembers what it was asked, so a dry pass of the engine
 * over a plan lists every query a remote source will need, to be fetched in a few batches.
 */
public final class QueryRecorder implements PriceSource {

  private final Map<String, PriceQuery> queries = new LinkedHashMap<>();

  @Override
  public PriceAnswer lookup(PriceQuery query) {
    queries.putIfAbsent(query.key(), query);
    return new PriceAnswer.NotFound("not fetched yet");
  }

  @Override
  public String name() {
    return "query recorder";
  }

  /** Every distinct query, in the order first asked. */
  public List<PriceQuery> queries() {
    return new ArrayList<>(queries.values());
  }
}
