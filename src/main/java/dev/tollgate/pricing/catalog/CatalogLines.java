package dev.tollgate.pricing.catalog;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text lines inside a catalog block: one price or one instance type per line, tab-separated,
 * with tabs, newlines, backslashes and the attribute separator escaped. Decoding interns repeated
 * strings and lets the prices of one product share one attribute map, which is what keeps a fully
 * loaded catalog small in memory.
 */
final class CatalogLines {

  static final char ATTR_SEP = '\u001f';
  static final int PRICE_FIELDS = 12;
  static final int FACT_FIELDS = 13;

  private final Map<String, String> strings = new HashMap<>();
  private String lastAttrText;
  private AttributeMap lastAttrs;

  static String encode(CatalogPrice p) {
    StringBuilder a = new StringBuilder();
    for (Map.Entry<String, String> e : p.attributes().entrySet()) {
      if (a.length() > 0) {
        a.append(ATTR_SEP);
      }
      a.append(escape(e.getKey())).append('=').append(escape(e.getValue()));
    }
    return String.join("\t",
        escape(p.productFamily()), a, escape(p.purchaseOption()), escape(p.unit()), p.usd().toPlainString(),
        p.startUsageAmount(), p.endUsageAmount(), escape(p.termLength()), escape(p.termPurchaseOption()),
        escape(p.termOfferingClass()), Integer.toString(p.sourceId()), escape(p.sourceKey()));
  }

  static String encode(InstanceType t) {
    InstanceType.Successors s = t.supersededBy();
    return String.join("\t", escape(t.name()), escape(t.family()), escape(t.size()), t.vcpus().toPlainString(),
        t.memoryGiB().toPlainString(), escape(String.join(",", t.architectures())), escape(t.manufacturer()),
        t.currentGeneration() ? "Y" : "N", escape(s.regular()), escape(s.nextGen()), escape(s.amd()),
        escape(s.burstable()), Integer.toString(t.sourceId()));
  }

  CatalogPrice decodePrice(String vendor, String service, String region, String line, String where) throws IOException {
    String[] f = split(line, PRICE_FIELDS, where);
    return new CatalogPrice(vendor, service, intern(unescape(f[0])), region, attributes(f[1]), intern(unescape(f[2])),
        intern(unescape(f[3])), new BigDecimal(f[4]), intern(f[5]), intern(f[6]), intern(unescape(f[7])),
        intern(unescape(f[8])), intern(unescape(f[9])), Integer.parseInt(f[10]), unescape(f[11]));
  }

  InstanceType decodeFact(String vendor, String line, String where) throws IOException {
    String[] f = split(line, FACT_FIELDS, where);
    List<String> arch = f[5].isEmpty() ? List.of() : List.of(unescape(f[5]).split(","));
    return new InstanceType(vendor, unescape(f[0]), intern(unescape(f[1])), unescape(f[2]), new BigDecimal(f[3]),
        new BigDecimal(f[4]), arch, intern(unescape(f[6])), f[7].equals("Y"),
        new InstanceType.Successors(unescape(f[8]), unescape(f[9]), unescape(f[10]), unescape(f[11])),
        Integer.parseInt(f[12]));
  }

  private static String[] split(String line, int fields, String where) throws IOException {
    String[] f = new String[fields];
    int pos = 0;
    for (int i = 0; i < fields; i++) {
      int end = i == fields - 1 ? line.length() : line.indexOf('\t', pos);
      if (end < 0) {
        throw new IOException("corrupt catalog block " + where + ": " + (i + 1) + " fields, expected " + fields);
      }
      f[i] = line.substring(pos, end);
      pos = end + 1;
    }
    if (f[fields - 1].indexOf('\t') >= 0) {
      throw new IOException("corrupt catalog block " + where + ": more than " + fields + " fields");
    }
    return f;
  }

  /** Sorted lines put a product's prices next to each other, so remembering the last map shares it. */
  private AttributeMap attributes(String text) {
    if (text.equals(lastAttrText)) {
      return lastAttrs;
    }
    List<String> keys = new ArrayList<>();
    List<String> values = new ArrayList<>();
    if (!text.isEmpty()) {
      int pos = 0;
      while (pos <= text.length()) {
        int end = text.indexOf(ATTR_SEP, pos);
        if (end < 0) {
          end = text.length();
        }
        int eq = text.indexOf('=', pos);
        keys.add(intern(unescape(text.substring(pos, eq))));
        values.add(intern(unescape(text.substring(eq + 1, end))));
        pos = end + 1;
      }
    }
    lastAttrText = text;
    lastAttrs = new AttributeMap(keys.toArray(new String[0]), values.toArray(new String[0]));
    return lastAttrs;
  }

  private String intern(String s) {
    String seen = strings.putIfAbsent(s, s);
    return seen == null ? s : seen;
  }

  static String escape(String s) {
    if (s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\\') < 0 && s.indexOf(ATTR_SEP) < 0
        && s.indexOf('\r') < 0 && s.indexOf('=') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\t': b.append("\\t"); break;
        case '\n': b.append("\\n"); break;
        case '\r': b.append("\\r"); break;
        case '\\': b.append("\\\\"); break;
        case '=': b.append("\\e"); break;
        case ATTR_SEP: b.append("\\u"); break;
        default: b.append(c);
      }
    }
    return b.toString();
  }

  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n == 'u' ? ATTR_SEP : n == 'e' ? '=' : n);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
