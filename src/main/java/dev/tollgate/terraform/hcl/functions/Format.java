package dev.tollgate.terraform.hcl.functions;

import dev.tollgate.model.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** Terraform's {@code format} verbs: %s %d %f %e %g %t %v %q %x %X %o %b %%, with flags, width and precision. */
final class Format {

  private Format() {}

  static String format(String spec, List<Value> args) {
    StringBuilder out = new StringBuilder();
    int next = 0;
    int i = 0;
    while (i < spec.length()) {
      char c = spec.charAt(i++);
      if (c != '%') {
        out.append(c);
        continue;
      }
      if (i < spec.length() && spec.charAt(i) == '%') {
        out.append('%');
        i++;
        continue;
      }
      String flags = "";
      while (i < spec.length() && "+- 0#".indexOf(spec.charAt(i)) >= 0) {
        flags += spec.charAt(i++);
      }
      if (i < spec.length() && spec.charAt(i) == '[') {
        int close = spec.indexOf(']', i);
        if (close < 0) {
          throw new FnException("format() has an unclosed [ in \"" + Conv.abbreviate(spec) + "\"");
        }
        next = parse(spec.substring(i + 1, close)) - 1;
        i = close + 1;
      }
      int width = -1;
      int start = i;
      while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
        i++;
      }
      if (i > start) {
        width = parse(spec.substring(start, i));
      }
      int precision = -1;
      if (i < spec.length() && spec.charAt(i) == '.') {
        start = ++i;
        while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
          i++;
        }
        precision = i > start ? parse(spec.substring(start, i)) : 0;
      }
      if (i >= spec.length()) {
        throw new FnException("format() string ends in the middle of a verb");
      }
      char verb = spec.charAt(i++);
      if (next < 0 || next >= args.size()) {
        throw new FnException("format() has too few arguments for \"" + Conv.abbreviate(spec) + "\"");
      }
      String text = verb(verb, args.get(next++), precision, flags);
      out.append(pad(text, width, flags));
      if (out.length() > Conv.MAX_STRING) {
        throw FnException.limit("format() would build a string longer than " + Conv.MAX_STRING + " characters");
      }
    }
    return out.toString();
  }

  private static int parse(String digits) {
    if (digits.length() > 4) {
      throw new FnException("format() width or index " + digits + " is too large");
    }
    return Integer.parseInt(digits);
  }

  private static String verb(char verb, Value v, int precision, String flags) {
    switch (verb) {
      case 'v':
        return v instanceof Value.ListV || v instanceof Value.ObjV ? Json.encode(v) : Conv.string(v);
      case 's': {
        String s = Conv.string(v);
        return precision >= 0 && precision < s.length() ? s.substring(0, precision) : s;
      }
      case 'q':
        return Json.encode(Conv.str(Conv.string(v)));
      case 't':
        return Boolean.toString(Conv.bool(v));
      case 'd': {
        BigDecimal n = Conv.number(v);
        if (n.stripTrailingZeros().scale() > 0) {
          throw new FnException("format() %d needs a whole number, not " + n.toPlainString());
        }
        String s = n.toBigInteger().toString();
        return flags.contains("+") && n.signum() >= 0 ? "+" + s : s;
      }
      case 'f': {
        BigDecimal n = Conv.number(v).setScale(precision < 0 ? 6 : precision, RoundingMode.HALF_EVEN);
        String s = n.toPlainString();
        return flags.contains("+") && n.signum() >= 0 ? "+" + s : s;
      }
      case 'e':
      case 'E':
      case 'g':
      case 'G': {
        String javaSpec = "%" + (precision >= 0 ? "." + precision : "") + verb;
        return String.format(Locale.ROOT, javaSpec, Conv.number(v).doubleValue());
      }
      case 'x':
      case 'X':
      case 'o':
      case 'b': {
        int radix = verb == 'o' ? 8 : verb == 'b' ? 2 : 16;
        if (v instanceof Value.Str && radix == 16) {
          StringBuilder b = new StringBuilder();
          for (byte x : ((Value.Str) v).value().getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            b.append(String.format("%02x", x));
          }
          return verb == 'X' ? b.toString().toUpperCase(Locale.ROOT) : b.toString();
        }
        String s = Conv.number(v).toBigIntegerExact().toString(radix);
        return verb == 'X' ? s.toUpperCase(Locale.ROOT) : s;
      }
      default:
        throw new FnException("format() does not know the verb %" + verb);
    }
  }

  private static String pad(String s, int width, String flags) {
    if (width <= s.length()) {
      return s;
    }
    String fill = (flags.contains("0") && !flags.contains("-") ? "0" : " ").repeat(width - s.length());
    if (flags.contains("-")) {
      return s + fill;
    }
    if (fill.startsWith("0") && (s.startsWith("-") || s.startsWith("+"))) {
      return s.charAt(0) + fill + s.substring(1);
    }
    return fill + s;
  }
}
