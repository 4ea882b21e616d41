package dev.tollgate.policy;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean": the closest known word by edit distance, when it is close enough to be a typo. */
final class Suggest {

  private Suggest() {}

  static Optional<String> closest(String word, Collection<String> known) {
    String w = word.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(w, k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    // A third of the word (at least 2 edits) is a typo; more than that is a different word.
    int allowed = Math.max(2, w.length() / 3);
    if (best != null && bestDistance <= allowed) {
      return Optional.of(best);
    }
    // An abbreviation ("prod" for "production") is a likely slip too, when only one word fits.
    List<String> prefixed = known.stream().filter(k -> w.length() >= 3 && k.toLowerCase(Locale.ROOT).startsWith(w)).toList();
    return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
  }

  /** "; did you mean \"x\"?" or nothing. */
  static String didYouMean(String word, Collection<String> known) {
    return closest(word, known).map(k -> "; did you mean \"" + k + "\"?").orElse("");
  }

  /** Levenshtein distance, two rows. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** Keeps error messages one short line whatever the input held. */
  static String clip(String s) {
    String oneLine = s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ");
    return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
  }
}
