package dev.tollgate.infracost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Answers of the Cloud Pricing API kept on disk for a while, one small JSON file per query (named by
 * the SHA-256 of the endpoint and the query), so a second run of the same plan sends nothing. An
 * entry past its expiry is never used: the query is sent again, and if that fails the run stops
 * rather than fall back to the old price. A damaged entry is ignored and overwritten.
 */
public final class PricingApiCache {

  /** A cached answer and when it was fetched. */
  record Entry(JsonNode result, Instant fetchedAt) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final Duration ttl;
  private final Clock clock;

  public PricingApiCache(Path dir, Duration ttl, Clock clock) {
    this.dir = dir;
    this.ttl = ttl;
    this.clock = clock;
  }

  /** No cache: every run asks the API. */
  public static PricingApiCache disabled() {
    return new PricingApiCache(null, Duration.ZERO, Clock.systemUTC());
  }

  /** {@code $XDG_CACHE_HOME/tollgate/infracost-pricing-api}, else {@code ~/.cache/tollgate/infracost-pricing-api}. */
  public static Path defaultDir(String xdgCacheHome, String userHome) {
    Path base = xdgCacheHome != null && !xdgCacheHome.isBlank() ? Path.of(xdgCacheHome) : Path.of(userHome, ".cache");
    return base.resolve("tollgate").resolve("infracost-pricing-api");
  }

  boolean enabled() {
    return dir != null && !ttl.isZero() && !ttl.isNegative();
  }

  Instant now() {
    return clock.instant();
  }

  Optional<Entry> get(String key) {
    if (!enabled()) {
      return Optional.empty();
    }
    Path file = file(key);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode n = JSON.readTree(file.toFile());
      if (!key.equals(n.path("key").asText()) || !n.path("result").isObject()) {
        return Optional.empty();
      }
      Instant expires = Instant.parse(n.path("expiresAt").asText());
      if (!clock.instant().isBefore(expires)) {
        return Optional.empty();
      }
      return Optional.of(new Entry(n.get("result"), Instant.parse(n.path("fetchedAt").asText())));
    } catch (IOException | DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Keeps an answer; a cache that cannot be written only costs the next run a request. */
  void put(String key, JsonNode result, Instant fetchedAt) {
    if (!enabled()) {
      return;
    }
    ObjectNode n = JSON.createObjectNode();
    n.put("key", key);
    n.put("fetchedAt", fetchedAt.toString());
    n.put("expiresAt", fetchedAt.plus(ttl).toString());
    n.set("result", result);
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".entry", ".tmp");
      Files.writeString(tmp, n.toString(), StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      // Best effort by design: see the method comment.
    }
  }

  private Path file(String key) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return dir.resolve(HexFormat.of().formatHex(hash) + ".json");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
