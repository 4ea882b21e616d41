package dev.tollgate.terraform.hcl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * rewrite-hcl reads a number without a decimal point with {@code Long.parseLong}, so valid HCL
 * numbers such as {@code 1e9} or {@code 99999999999999999999} fail to parse. Before a second try,
 * such literals outside strings and comments are given a decimal point ({@code 1.0e9}), which the
 * parser reads as a decimal; the evaluator reads the literal's text as an exact BigDecimal.
 */
final class NumberLiterals {

  private static final Pattern EXPONENT = Pattern.compile("(?<![\\w.])(\\d+)([eE][+-]?\\d+)");
  private static final Pattern LONG = Pattern.compile("(?<![\\w.])(\\d{19,})(?![\\w.])");

  private NumberLiterals() {}

  static String withDecimalPoints(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    int codeStart = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int skipTo = -1;
      if (c == '"') {
        skipTo = endOfString(text, i);
      } else if (c == '#' || (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/')) {
        int nl = text.indexOf('\n', i);
        skipTo = nl < 0 ? text.length() : nl;
      } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        skipTo = end < 0 ? text.length() : end + 2;
      } else if (c == '<' && text.startsWith("<<", i)) {
        skipTo = endOfHeredoc(text, i);
      }
      if (skipTo > i) {
        out.append(fix(text.substring(codeStart, i))).append(text, i, skipTo);
        i = skipTo;
        codeStart = i;
      } else {
        i++;
      }
    }
    out.append(fix(text.substring(codeStart)));
    return out.toString();
  }

  private static String fix(String code) {
    String s = EXPONENT.matcher(code).replaceAll("$1.0$2");
    return LONG.matcher(s).replaceAll("$1.0");
  }

  private static int endOfString(String text, int open) {
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"' || c == '\n') {
        return i + 1;
      }
    }
    return text.length();
  }

  private static int endOfHeredoc(String text, int start) {
    Matcher m = Pattern.compile("<<-?([A-Za-z_][A-Za-z0-9_-]*)").matcher(text).region(start, text.length());
    if (!m.lookingAt()) {
      return start + 2;
    }
    Matcher end = Pattern.compile("(?m)^\\s*" + Pattern.quote(m.group(1)) + "\\s*$").matcher(text);
    return end.find(m.end()) ? end.end() : text.length();
  }
}
