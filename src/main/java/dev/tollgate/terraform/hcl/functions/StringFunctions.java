package dev.tollgate.terraform.hcl.functions;

import static dev.tollgate.terraform.hcl.functions.Conv.integer;
import static dev.tollgate.terraform.hcl.functions.Conv.str;
import static dev.tollgate.terraform.hcl.functions.Conv.string;

import dev.tollgate.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Terraform's string functions. */
final class StringFunctions {

  private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

  private StringFunctions() {}

  static void register(Map<String, Functions.Def> m) {
    Functions.add(m, "chomp", 1, 1, (a, f) -> str(string(a.get(0)).replaceAll("(\\r\\n|\\n|\\r)+$", "")));
    Functions.add(m, "endswith", 2, 2, (a, f) -> Value.of(string(a.get(0)).endsWith(string(a.get(1)))));
    Functions.add(m, "startswith", 2, 2, (a, f) -> Value.of(string(a.get(0)).startsWith(string(a.get(1)))));
    Functions.add(m, "strcontains", 2, 2, (a, f) -> Value.of(string(a.get(0)).contains(string(a.get(1)))));
    Functions.add(m, "format", 1, -1, (a, f) -> str(Format.format(string(a.get(0)), a.subList(1, a.size()))));
    Functions.add(m, "formatlist", 1, -1, (a, f) -> formatlist(a));
    Functions.add(m, "indent", 2, 2, (a, f) -> indent(integer(a.get(0)), string(a.get(1))));
    Functions.add(m, "join", 2, -1, (a, f) -> join(a));
    Functions.add(m, "lower", 1, 1, (a, f) -> str(string(a.get(0)).toLowerCase(Locale.ROOT)));
    Functions.add(m, "upper", 1, 1, (a, f) -> str(string(a.get(0)).toUpperCase(Locale.ROOT)));
    Functions.add(m, "title", 1, 1, (a, f) -> str(title(string(a.get(0)))));
    Functions.add(m, "regex", 2, 2, (a, f) -> regex(string(a.get(0)), string(a.get(1))));
    Functions.add(m, "regexall", 2, 2, (a, f) -> regexall(string(a.get(0)), string(a.get(1))));
    Functions.add(m, "replace", 3, 3, (a, f) -> str(replace(string(a.get(0)), string(a.get(1)), string(a.get(2)))));
    Functions.add(m, "split", 2, 2, (a, f) -> split(string(a.get(0)), string(a.get(1))));
    Functions.add(m, "strrev", 1, 1, (a, f) -> str(new StringBuilder(string(a.get(0))).reverse().toString()));
    Functions.add(m, "substr", 3, 3, (a, f) -> substr(string(a.get(0)), integer(a.get(1)), integer(a.get(2))));
    Functions.add(m, "trim", 2, 2, (a, f) -> str(trim(string(a.get(0)), string(a.get(1)))));
    Functions.add(m, "trimprefix", 2, 2, (a, f) -> str(trimPrefix(string(a.get(0)), string(a.get(1)))));
    Functions.add(m, "trimsuffix", 2, 2, (a, f) -> str(trimSuffix(string(a.get(0)), string(a.get(1)))));
    Functions.add(m, "trimspace", 1, 1, (a, f) -> str(string(a.get(0)).strip()));
  }

  private static Value formatlist(List<Value> a) {
    String spec = string(a.get(0));
    List<Value> rest = a.subList(1, a.size());
    int n = -1;
    for (Value v : rest) {
      if (v instanceof Value.ListV) {
        int size = ((Value.ListV) v).items().size();
        if (n >= 0 && n != size) {
          throw new FnException("formatlist() lists must all have the same length");
        }
        n = size;
      }
    }
    if (n < 0) {
      return Conv.list(List.of(str(Format.format(spec, rest))));
    }
    List<Value> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Value> row = new ArrayList<>();
      for (Value v : rest) {
        row.add(v instanceof Value.ListV ? ((Value.ListV) v).items().get(i) : v);
      }
      out.add(str(Format.format(spec, row)));
    }
    return Conv.list(out);
  }

  private static Value indent(int spaces, String s) {
    if (spaces < 0 || spaces > 1000) {
      throw new FnException("indent() takes 0 to 1000 spaces");
    }
    return str(s.replace("\n", "\n" + " ".repeat(spaces)));
  }

  private static Value join(List<Value> a) {
    String sep = string(a.get(0));
    StringBuilder b = new StringBuilder();
    boolean first = true;
    for (Value list : a.subList(1, a.size())) {
      for (Value v : Conv.items(list)) {
        if (!first) {
          b.append(sep);
        }
        first = false;
        b.append(string(v));
        if (b.length() > Conv.MAX_STRING) {
          throw FnException.limit("join() would build a string longer than " + Conv.MAX_STRING + " characters");
        }
      }
    }
    return str(b.toString());
  }

  private static String title(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean start = true;
    for (char c : s.toCharArray()) {
      b.append(start ? Character.toTitleCase(c) : c);
      start = !Character.isLetterOrDigit(c) && c != '\'';
    }
    return b.toString();
  }

  private static Value regex(String pattern, String s) {
    Pattern p = BoundedText.compile(pattern);
    Matcher m = p.matcher(BoundedText.of(s));
    if (!m.find()) {
      throw new FnException("regex() pattern did not match the string");
    }
    return groups(p, m);
  }

  private static Value regexall(String pattern, String s) {
    Pattern p = BoundedText.compile(pattern);
    Matcher m = p.matcher(BoundedText.of(s));
    List<Value> out = new ArrayList<>();
    while (m.find()) {
      out.add(groups(p, m));
      Conv.checkSize(out.size());
    }
    return Conv.list(out);
  }

  private static Value groups(Pattern p, Matcher m) {
    if (m.groupCount() == 0) {
      return str(m.group());
    }
    Matcher names = GROUP_NAME.matcher(p.pattern());
    Map<String, Value> named = new LinkedHashMap<>();
    while (names.find()) {
      String g = m.group(names.group(1));
      named.put(names.group(1), g == null ? Value.NULL : str(g));
    }
    if (!named.isEmpty()) {
      return Conv.obj(named);
    }
    List<Value> out = new ArrayList<>();
    for (int i = 1; i <= m.groupCount(); i++) {
      out.add(m.group(i) == null ? Value.NULL : str(m.group(i)));
    }
    return Conv.list(out);
  }

  static String replace(String s, String search, String replacement) {
    if (search.length() > 1 && search.startsWith("/") && search.endsWith("/")) {
      Pattern p = BoundedText.compile(search.substring(1, search.length() - 1));
      Matcher m = p.matcher(BoundedText.of(s));
      StringBuilder b = new StringBuilder();
      String javaReplacement = javaReplacement(replacement);
      try {
        while (m.find()) {
          m.appendReplacement(b, javaReplacement);
          if (b.length() > Conv.MAX_STRING) {
            throw FnException.limit("replace() would build a string longer than " + Conv.MAX_STRING + " characters");
          }
        }
      } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
        throw new FnException("replace() replacement \"" + Conv.abbreviate(replacement) + "\" refers to a group the pattern does not have");
      }
      m.appendTail(b);
      return b.toString();
    }
    if (search.isEmpty()) {
      return s;
    }
    long growth = (long) (replacement.length() - search.length()) * (s.length() / search.length());
    if (s.length() + growth > Conv.MAX_STRING) {
      throw FnException.limit("replace() would build a string longer than " + Conv.MAX_STRING + " characters");
    }
    return s.replace(search, replacement);
  }

  /** Go's replacement syntax ({@code $1}, {@code ${1}}, {@code ${name}}, {@code $$}) in Java's. */
  private static String javaReplacement(String go) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < go.length(); i++) {
      char c = go.charAt(i);
      if (c == '\\') {
        b.append("\\\\");
      } else if (c == '$' && i + 1 < go.length() && go.charAt(i + 1) == '$') {
        b.append("\\$");
        i++;
      } else if (c == '$' && i + 1 < go.length() && go.charAt(i + 1) == '{') {
        int close = go.indexOf('}', i);
        String name = close < 0 ? "" : go.substring(i + 2, close);
        if (name.matches("\\d+")) {
          b.append('$').append(name);
          i = close;
        } else {
          b.append(c);
        }
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static Value split(String sep, String s) {
    List<Value> out = new ArrayList<>();
    if (sep.isEmpty()) {
      s.codePoints().forEach(c -> out.add(str(new String(Character.toChars(c)))));
    } else {
      int from = 0;
      while (true) {
        int at = s.indexOf(sep, from);
        if (at < 0) {
          out.add(str(s.substring(from)));
          break;
        }
        out.add(str(s.substring(from, at)));
        Conv.checkSize(out.size());
        from = at + sep.length();
      }
    }
    return Conv.list(out);
  }

  private static Value substr(String s, int offset, int length) {
    int[] cps = s.codePoints().toArray();
    int n = cps.length;
    if (offset < 0) {
      offset = Math.max(0, n + offset);
    }
    if (offset > n) {
      throw new FnException("substr() offset is beyond the end of the string");
    }
    int end = length < 0 ? n : Math.min(n, offset + length);
    return str(new String(cps, offset, Math.max(0, end - offset)));
  }

  private static String trim(String s, String chars) {
    int start = 0;
    int end = s.length();
    while (start < end && chars.indexOf(s.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && chars.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(start, end);
  }

  private static String trimPrefix(String s, String p) {
    return s.startsWith(p) ? s.substring(p.length()) : s;
  }

  private static String trimSuffix(String s, String p) {
    return s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s;
  }
}
