package dev.tollgate.pricing;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tollgate.model.ExchangeRate;
import dev.tollgate.model.InputException;
import dev.tollgate.model.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A file of exchange rates from US dollars, YAML or JSON:
 * <pre>
 * base: USD            # optional; prices are in USD, so rates are from USD
 * date: 2025-04-04     # optional; shown with every converted estimate
 * rates:
 *   EUR: 0.92          # 1 USD = 0.92 EUR
 *   GBP: "0.79"
 * </pre>
 * Numbers are read from their text, never through a double, so a rate is exactly what the file says.
 */
public final class ExchangeRates {

  public static final ExchangeRates NONE = new ExchangeRates("", Map.of());

  private static final Set<String> TOP_LEVEL = Set.of("base", "date", "rates");

  private final String source;
  private final Map<String, BigDecimal> rates;

  private ExchangeRates(String source, Map<String, BigDecimal> rates) {
    this.source = source;
    this.rates = Collections.unmodifiableMap(new TreeMap<>(rates));
  }

  /** Rates built in code: one flag, or a test's table. */
  public static ExchangeRates of(String source, Map<String, BigDecimal> rates) {
    return new ExchangeRates(source, rates);
  }

  public static ExchangeRates read(Path file) throws InputException {
    String name = file.toString();
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new InputException("rates.missing", "no such exchange rate file", name);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      String where = l == null ? name : name + ":" + l.getLineNr() + ":" + l.getColumnNr();
      throw new InputException("rates.yaml", "invalid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""), where);
    } catch (IOException e) {
      throw new InputException("rates.unreadable", "cannot read: " + e.getMessage(), name);
    }
    if (root == null || !root.isObject() || !root.path("rates").isObject()) {
      throw new InputException("rates.shape", "expected a map with `rates:` (currency code: units of it per 1 USD), e.g. `rates: {EUR: 0.92}`", name);
    }
    for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
      String k = keys.next();
      if (!TOP_LEVEL.contains(k)) {
        throw new InputException("rates.shape", "unknown key \"" + k + "\"; expected base, date or rates", name);
      }
    }
    String base = root.path("base").asText(Money.USD);
    if (!base.equals(Money.USD)) {
      throw new InputException("rates.base", "base: rates must be from USD (Tollgate's prices are in USD), not " + base, name);
    }
    Map<String, BigDecimal> rates = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("rates").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String code = e.getKey();
      if (!code.matches("[A-Z]{3}")) {
        throw new InputException("rates.code", "rates." + code + ": not an ISO 4217 currency code (three capital letters, e.g. EUR)", name);
      }
      rates.put(code, positive(e.getValue().asText(), name, "rates." + code));
    }
    String date = root.path("date").asText("");
    String fileName = file.getFileName() == null ? name : file.getFileName().toString();
    return new ExchangeRates(date.isEmpty() ? fileName : fileName + ", " + date, rates);
  }

  /** A rate given as text (a flag, a file value): a plain positive decimal. */
  public static BigDecimal positive(String text, String file, String where) throws InputException {
    BigDecimal rate;
    try {
      rate = new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new InputException("rates.number", where + ": \"" + text + "\" is not a number", file);
    }
    if (rate.signum() <= 0) {
      throw new InputException("rates.number", where + ": an exchange rate must be above zero, not " + text, file);
    }
    return rate;
  }

  /** The rate from USD to {@code currency}; USD itself needs none. */
  public ExchangeRate rate(String currency, String file) throws InputException {
    BigDecimal r = rates.get(currency);
    if (r == null) {
      throw new InputException("rates.no_rate", "no rate for " + currency + (rates.isEmpty() ? "" : " (it has " + String.join(", ", rates.keySet()) + ")")
          + "; add `" + currency + ": <units per 1 USD>` under rates:", file);
    }
    return new ExchangeRate(Money.USD, currency, r, source);
  }

  /** Every rate, by currency code, in code order. */
  public Map<String, BigDecimal> all() {
    return rates;
  }

  public String source() {
    return source;
  }
}
