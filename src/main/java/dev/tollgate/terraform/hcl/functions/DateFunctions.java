package dev.tollgate.terraform.hcl.functions;

import dev.tollgate.model.Value;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terraform's date and time functions. {@code timestamp()} and {@code plantimestamp()} change on every
 * run, so before apply they are unknown, as Terraform shows them.
 */
final class DateFunctions {

  private static final Pattern DURATION = Pattern.compile("(-?\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");

  private DateFunctions() {}

  static void register(Map<String, Functions.Def> m) {
    Functions.add(m, "timestamp", 0, 0, (a, f) -> Value.UNKNOWN);
    Functions.add(m, "plantimestamp", 0, 0, (a, f) -> Value.UNKNOWN);
    Functions.add(m, "timeadd", 2, 2, (a, f) ->
        Conv.str(time(Conv.string(a.get(0))).plus(duration(Conv.string(a.get(1)))).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
            .replace("+00:00", "Z")));
    Functions.add(m, "timecmp", 2, 2, (a, f) ->
        Conv.num(Integer.signum(time(Conv.string(a.get(0))).toInstant().compareTo(time(Conv.string(a.get(1))).toInstant()))));
    Functions.add(m, "formatdate", 2, 2, (a, f) -> Conv.str(formatdate(Conv.string(a.get(0)), time(Conv.string(a.get(1))))));
  }

  static OffsetDateTime time(String s) {
    try {
      return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw new FnException("\"" + Conv.abbreviate(s) + "\" is not an RFC 3339 timestamp");
    }
  }

  static Duration duration(String s) {
    Matcher m = DURATION.matcher(s);
    Duration total = Duration.ZERO;
    int end = 0;
    while (m.find()) {
      if (m.start() != end) {
        break;
      }
      end = m.end();
      double n = Double.parseDouble(m.group(1));
      long nanos;
      switch (m.group(2)) {
        case "h": nanos = (long) (n * 3_600e9); break;
        case "m": nanos = (long) (n * 60e9); break;
        case "s": nanos = (long) (n * 1e9); break;
        case "ms": nanos = (long) (n * 1e6); break;
        case "ns": nanos = (long) n; break;
        default: nanos = (long) (n * 1e3); break;
      }
      total = total.plusNanos(nanos);
    }
    if (end != s.length() || s.isEmpty()) {
      throw new FnException("\"" + Conv.abbreviate(s) + "\" is not a duration such as \"1h30m\"");
    }
    return total;
  }

  /** Terraform's own format letters: YYYY, MM, DD, hh, mm, ss, EEE, MMM, ZZZ and friends; 'quoted' text. */
  static String formatdate(String spec, OffsetDateTime t) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < spec.length()) {
      char c = spec.charAt(i);
      if (c == '\'') {
        int close = spec.indexOf('\'', i + 1);
        if (close < 0) {
          throw new FnException("formatdate() has an unclosed quote");
        }
        out.append(close == i + 1 ? "'" : spec.substring(i + 1, close));
        i = close + 1;
        continue;
      }
      if (!Character.isLetter(c)) {
        out.append(c);
        i++;
        continue;
      }
      int j = i;
      while (j < spec.length() && spec.charAt(j) == c) {
        j++;
      }
      out.append(field(spec.substring(i, j), t));
      i = j;
    }
    return out.toString();
  }

  private static String field(String f, OffsetDateTime t) {
    switch (f) {
      case "YYYY": return String.format("%04d", t.getYear());
      case "YY": return String.format("%02d", t.getYear() % 100);
      case "MMMM": return t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      case "MMM": return t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
      case "MM": return String.format("%02d", t.getMonthValue());
      case "M": return Integer.toString(t.getMonthValue());
      case "DD": return String.format("%02d", t.getDayOfMonth());
      case "D": return Integer.toString(t.getDayOfMonth());
      case "EEEE": return t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      case "EEE": return t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
      case "hh": return String.format("%02d", t.getHour());
      case "h": return Integer.toString(t.getHour());
      case "HH": return String.format("%02d", t.getHour() % 12 == 0 ? 12 : t.getHour() % 12);
      case "H": return Integer.toString(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12);
      case "AA": return t.getHour() < 12 ? "AM" : "PM";
      case "aa": return t.getHour() < 12 ? "am" : "pm";
      case "mm": return String.format("%02d", t.getMinute());
      case "m": return Integer.toString(t.getMinute());
      case "ss": return String.format("%02d", t.getSecond());
      case "s": return Integer.toString(t.getSecond());
      case "ZZZZZ": return t.getOffset().equals(ZoneOffset.UTC) ? "+00:00" : t.getOffset().getId();
      case "ZZZZ": return t.getOffset().equals(ZoneOffset.UTC) ? "+0000" : t.getOffset().getId().replace(":", "");
      case "ZZZ": return t.getOffset().equals(ZoneOffset.UTC) ? "UTC" : t.getOffset().getId();
      case "Z": return t.getOffset().equals(ZoneOffset.UTC) ? "Z" : t.getOffset().getId();
      default: throw new FnException("formatdate() does not know \"" + f + "\"");
    }
  }
}
