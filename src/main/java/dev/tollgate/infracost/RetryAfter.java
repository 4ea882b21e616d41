package dev.tollgate.infracost;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A response's {@code Retry-After}: delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
final class RetryAfter {

  private RetryAfter() {}

  static Optional<Duration> of(HttpResponse<?> r) {
    return r.headers().firstValue("Retry-After").flatMap(v -> parse(v, Instant.now()));
  }

  static Optional<Duration> parse(String value, Instant now) {
    String v = value.strip();
    if (v.matches("\\d{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(now, at);
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
