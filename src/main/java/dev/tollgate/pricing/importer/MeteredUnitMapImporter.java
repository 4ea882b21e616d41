package dev.tollgate.pricing.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.pricing.catalog.CatalogPrice;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every AWS meteredUnitMap file listed in {@code aws-rates.txt} (yeo's RDS and ElastiCache,
 * lamngockhuong-aws-price, v0rts-aws-price-watcher's raw files): each described rate becomes one
 * catalog price in the Price List vocabulary its rule gives, or, where no rule matches, a price of
 * family {@code Other} labelled by its description. Free-tier rates are never imported.
 */
final class MeteredUnitMapImporter implements Importer {

  private static final Pattern FREE = Pattern.compile("(?i).*\\bfree\\b.*|.*FreeTier.*|.*FreeTrial.*|.*Free Tier.*");

  @Override
  public String folder() {
    return "AWS meteredUnitMap files listed in " + AwsRateRules.RESOURCE;
  }

  @Override
  public void run(CatalogBuilder into) throws IOException {
    for (AwsRateRules.FileRules rules : AwsRateRules.load()) {
      if (rules.file().contains("/processed/")) {
        ProcessedDigests.importFile(into, rules);
      } else {
        importFile(into, rules);
      }
    }
  }

  private static void importFile(CatalogBuilder into, AwsRateRules.FileRules rules) throws IOException {
    JsonNode json = into.json(rules.file());
    int source = into.source(rules.file(), rules.origin(), MeteredUnitMap.publicationDate(json));
    AwsLocations locations = into.awsLocations();
    for (MeteredUnitMap.Rate rate : MeteredUnitMap.rates(json)) {
      // CloudFront's edge locations ("United States") and Global Accelerator's client locations
      // ("NA") are not AWS regions: their rates are global, told apart by fromLocation.
      String region = locations.code(rate.location()).orElse(AwsLocations.GLOBAL);
      BigDecimal usd = new BigDecimal(rate.price());
      if (isFreeTier(rate.label(), usd)) {
        into.skipFreeTier();
        continue;
      }
      if (AwsRateRules.skipped(rules, rate.label())) {
        continue;
      }
      into.add(price(rules, rate, region, usd, locations.type(rate.location()), source));
    }
  }

  /** A rate that names itself free (free tier, free trial, "Free Events") and costs nothing. */
  static boolean isFreeTier(String label, BigDecimal usd) {
    return usd.signum() == 0 && FREE.matcher(label).matches();
  }

  static CatalogPrice price(AwsRateRules.FileRules rules, MeteredUnitMap.Rate rate, String region, BigDecimal usd,
      String locationType, int source) {
    Optional<AwsRateRules.Mapped> mapped = AwsRateRules.map(rules, rate.label(), rate::field, locationType);
    CatalogPrice.Builder b;
    if (mapped.isPresent()) {
      AwsRateRules.Mapped m = mapped.get();
      b = CatalogPrice.builder("aws", rules.service(), m.family(), region).attrs(m.attributes())
          .unit(m.unit()).tier(m.tierStart(), m.tierEnd());
    } else {
      b = CatalogPrice.builder("aws", rules.service(), "Other", region).attr("description", rate.label())
          .unit(Units.guess(rate.label()));
      if (!rate.label().equals(rate.key())) {
        rawFields(rate.entry(), b);
      }
    }
    if (region.equals(AwsLocations.GLOBAL) && !rate.location().isEmpty() && !rate.location().equals(AwsLocations.ANY)) {
      b.attr("fromLocation", rate.location());
    }
    return b.purchaseOption("on_demand").usd(usd).source(source, rate.key()).build();
  }

  /** A set member no rule maps keeps its entry's own fields, which are what tell members apart. */
  private static void rawFields(JsonNode entry, CatalogPrice.Builder b) {
    Iterator<Map.Entry<String, JsonNode>> it = entry.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> f = it.next();
      if (!List.of("price", "rateCode", "RegionlessRateCode", "Term", "Term Type", "Unit").contains(f.getKey())) {
        b.attr(camel(f.getKey()), f.getValue().asText());
      }
    }
  }

  static String camel(String name) {
    String[] words = name.replaceAll("[^A-Za-z0-9 ]", " ").trim().split("\\s+");
    StringBuilder out = new StringBuilder(words[0].toLowerCase(Locale.ROOT));
    for (int i = 1; i < words.length; i++) {
      out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return out.toString();
  }
}
