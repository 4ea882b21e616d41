package dev.tollgate.infracost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.pricing.ExchangeRates;
import dev.tollgate.pricing.catalog.PriceCatalog;
import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.introspection.Introspection;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An Infracost-compatible pricing endpoint over the local catalog: {@code POST /graphql} takes one
 * GraphQL request or a JSON array of them (the Infracost CLI batches its queries that way) and
 * answers in kind. Mountable: {@link #register} adds the routes to any Javalin app, under a base
 * path. Requests are bounded (body size, queries per batch, products per request, query depth and
 * complexity) and introspection is off. With an API key set, requests must carry it in
 * {@code X-Api-Key}.
 */
public final class PricingEndpoint {

  public static final int MAX_BODY_BYTES = 1 << 20;
  public static final int MAX_QUERIES = 500;
  /** Products one request may return across all its queries (a query alone returns at most 1,000). */
  public static final int MAX_PRODUCTS = 5000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final GraphQL graphql;
  private final Optional<String> apiKey;

  public PricingEndpoint(PriceCatalog catalog, ExchangeRates rates, Optional<String> apiKey) {
    this.graphql = PricingSchema.build(new CatalogProducts(catalog), rates);
    this.apiKey = apiKey;
  }

  /** Adds {@code POST base/graphql}, {@code POST base/event} and {@code GET base/health} to the app. */
  public void register(Javalin app, String base) {
    app.post(base + "/graphql", this::graphql);
    app.post(base + "/event", this::event);
    app.get(base + "/health", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
  }

  void graphql(Context ctx) throws IOException {
    if (!authorised(ctx)) {
      return;
    }
    Optional<String> body = body(ctx);
    if (body.isEmpty()) {
      return;
    }
    JsonNode request;
    try {
      request = JSON.readTree(body.get());
    } catch (JsonProcessingException e) {
      error(ctx, 400, "the body is not JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
      return;
    }
    if (request != null && request.isArray()) {
      if (request.size() > MAX_QUERIES) {
        error(ctx, 413, "at most " + MAX_QUERIES + " queries per request, not " + request.size());
        return;
      }
      List<Object> results = new ArrayList<>();
      AtomicInteger budget = new AtomicInteger(MAX_PRODUCTS);
      for (JsonNode r : request) {
        results.add(execute(r, budget));
      }
      json(ctx, 200, results);
    } else if (request != null && request.isObject()) {
      json(ctx, 200, execute(request, new AtomicInteger(MAX_PRODUCTS)));
    } else {
      error(ctx, 400, "expected a GraphQL request {\"query\": ...} or an array of them");
    }
  }

  /** The Infracost CLI reports usage events to its pricing endpoint; this one keeps none. */
  void event(Context ctx) throws IOException {
    if (authorised(ctx) && body(ctx).isPresent()) {
      json(ctx, 200, Map.of());
    }
  }

  private Map<String, Object> execute(JsonNode r, AtomicInteger budget) {
    if (!r.path("query").isTextual()) {
      return Map.of("errors", List.of(Map.of("message", "a request needs a \"query\" string")));
    }
    Map<String, Object> variables = r.path("variables").isObject()
        ? JSON.convertValue(r.get("variables"), JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class))
        : Map.of();
    ExecutionInput input = ExecutionInput.newExecutionInput()
        .query(r.get("query").asText())
        .variables(variables)
        .operationName(r.path("operationName").isTextual() ? r.get("operationName").asText() : null)
        .graphQLContext(Map.of(Introspection.INTROSPECTION_DISABLED, true, PricingSchema.BUDGET, budget))
        .build();
    return graphql.execute(input).toSpecification();
  }

  private boolean authorised(Context ctx) throws IOException {
    if (apiKey.isEmpty()) {
      return true;
    }
    String given = ctx.header("X-Api-Key");
    boolean ok = given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
        apiKey.get().getBytes(StandardCharsets.UTF_8));
    if (!ok) {
      // The Infracost CLI recognises this body and tells its user the key is invalid.
      json(ctx, 401, Map.of("error", "Invalid API key", "error_code", "invalid_api_key"));
    }
    return ok;
  }

  /** The body, read no further than the limit; answered with 413 when it is larger. */
  private static Optional<String> body(Context ctx) throws IOException {
    if (ctx.contentLength() > MAX_BODY_BYTES) {
      error(ctx, 413, "request body over " + MAX_BODY_BYTES + " bytes");
      return Optional.empty();
    }
    byte[] bytes;
    try (InputStream in = ctx.bodyInputStream()) {
      bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (bytes.length > MAX_BODY_BYTES) {
      error(ctx, 413, "request body over " + MAX_BODY_BYTES + " bytes");
      return Optional.empty();
    }
    return Optional.of(new String(bytes, StandardCharsets.UTF_8));
  }

  private static void error(Context ctx, int status, String message) throws IOException {
    json(ctx, status, Map.of("error", message));
  }

  private static void json(Context ctx, int status, Object body) throws IOException {
    ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
  }
}
