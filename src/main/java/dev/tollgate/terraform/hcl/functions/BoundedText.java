package dev.tollgate.terraform.hcl.functions;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Regular expressions on untrusted patterns: Java's engine backtracks, so a hostile pattern such as
 * {@code (a+)+$} could run for hours. The subject is wrapped so that matching stops with an error
 * after a fixed number of character reads.
 */
final class BoundedText implements CharSequence {

  private static final long MAX_READS = 20_000_000L;

  private final String text;
  private final long[] reads;

  private BoundedText(String text, long[] reads) {
    this.text = text;
    this.reads = reads;
  }

  static CharSequence of(String text) {
    return new BoundedText(text, new long[1]);
  }

  static Pattern compile(String regex) {
    if (regex.length() > 10_000) {
      throw new FnException("the regular expression is too long");
    }
    try {
      // Terraform's RE2 names groups (?P<name>...); Java spells it (?<name>...).
      return Pattern.compile(regex.replace("(?P<", "(?<"));
    } catch (PatternSyntaxException e) {
      throw new FnException("invalid regular expression \"" + Conv.abbreviate(regex) + "\": " + e.getDescription());
    }
  }

  @Override
  public char charAt(int index) {
    if (++reads[0] > MAX_READS) {
      throw FnException.limit("a regular expression took too long to match; simplify it");
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new BoundedText(text.substring(start, end), reads);
  }

  @Override
  public String toString() {
    return text;
  }
}
