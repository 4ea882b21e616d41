package dev.tollgate.pricing.importer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * meteredUnitMap files give a rate's unit only in its description text; for rates no rule maps,
 * this reads the common phrasings. An unrecognised text gives an empty unit, never a guess.
 */
final class Units {

  private record Phrase(Pattern pattern, String unit) {}

  private static final List<Phrase> PHRASES = List.of(
      new Phrase(Pattern.compile("(?i).*\\bGB[- ]?(Mo|Month|mo)\\b.*"), "GB-Mo"),
      new Phrase(Pattern.compile("(?i).*\\b(per )?(hours?|hrs|hourly)\\b.*"), "Hrs"),
      new Phrase(Pattern.compile("(?i).*\\bper (GB|GigaBytes)\\b.*"), "GB"),
      new Phrase(Pattern.compile("(?i).*\\bRequests?\\b.*"), "Requests"),
      new Phrase(Pattern.compile("(?i).*\\bper Month\\b.*"), "Mo"));

  private Units() {}

  static String guess(String description) {
    for (Phrase p : PHRASES) {
      if (p.pattern().matcher(description).matches()) {
        return p.unit();
      }
    }
    return "";
  }
}
