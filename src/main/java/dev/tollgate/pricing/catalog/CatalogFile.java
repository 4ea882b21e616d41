package dev.tollgate.pricing.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The catalog's on-disk form: one line {@code TOLLGATE-CATALOG 1}, one line of JSON header (a note,
 * the sources with their price dates, and an index of blocks), then the blocks. A block holds one
 * vendor/service/region's prices as sorted tab-separated lines, raw-DEFLATE compressed, so a lookup
 * inflates only the blocks it needs. The writer is deterministic: the same prices give the same bytes.
 */
public final class CatalogFile {

  static final String MAGIC = "TOLLGATE-CATALOG 1\n";
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final char ATTR_SEP = '\u001f';

  /** Where a block's bytes are, and what it holds. */
  public record BlockRef(String vendor, String service, String region, int prices, int offset, int length) {
    public String key() {
      return key(vendor, service, region);
    }

    static String key(String vendor, String service, String region) {
      return vendor + "/" + service + "/" + region;
    }
  }

  /** The parsed header: note, sources and block index; blocks are inflated on demand. */
  public record Header(String note, List<CatalogSource> sources, List<BlockRef> blocks, int bodyStart) {}

  private CatalogFile() {}

  // ---------------------------------------------------------------- writing

  public static byte[] write(String note, List<CatalogSource> sources, List<CatalogPrice> prices) {
    Map<String, List<String>> lines = new TreeMap<>();
    Map<String, String[]> names = new TreeMap<>();
    for (CatalogPrice p : prices) {
      String k = BlockRef.key(p.vendor(), p.service(), p.region());
      lines.computeIfAbsent(k, x -> new ArrayList<>()).add(encode(p));
      names.putIfAbsent(k, new String[] {p.vendor(), p.service(), p.region()});
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    List<BlockRef> refs = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : lines.entrySet()) {
      List<String> sorted = e.getValue().stream().distinct().sorted().toList();
      byte[] compressed = deflate(String.join("\n", sorted).getBytes(StandardCharsets.UTF_8));
      String[] n = names.get(e.getKey());
      refs.add(new BlockRef(n[0], n[1], n[2], sorted.size(), body.size(), compressed.length));
      body.writeBytes(compressed);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(MAGIC.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(header(note, sources, refs).getBytes(StandardCharsets.UTF_8));
    out.write('\n');
    out.writeBytes(body.toByteArray());
    return out.toByteArray();
  }

  private static String header(String note, List<CatalogSource> sources, List<BlockRef> blocks) {
    java.io.StringWriter out = new java.io.StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("note", note);
      g.writeArrayFieldStart("sources");
      for (CatalogSource src : sources) {
        g.writeStartObject();
        g.writeStringField("file", src.file());
        g.writeStringField("origin", src.origin());
        g.writeStringField("priceDate", src.priceDate());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("blocks");
      for (BlockRef r : blocks) {
        g.writeStartObject();
        g.writeStringField("vendor", r.vendor());
        g.writeStringField("service", r.service());
        g.writeStringField("region", r.region());
        g.writeNumberField("prices", r.prices());
        g.writeNumberField("offset", r.offset());
        g.writeNumberField("length", r.length());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
  }

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

  private static String escape(String s) {
    if (s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\\') < 0 && s.indexOf(ATTR_SEP) < 0
        && s.indexOf('\r') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\t': b.append("\\t"); break;
        case '\n': b.append("\\n"); break;
        case '\r': b.append("\\r"); break;
        case '\\': b.append("\\\\"); break;
        case ATTR_SEP: b.append("\\u"); break;
        default: b.append(c);
      }
    }
    return b.toString();
  }

  private static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n == 'u' ? ATTR_SEP : n);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static byte[] deflate(byte[] data) {
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      d.setInput(data);
      d.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
      byte[] buf = new byte[64 * 1024];
      while (!d.finished()) {
        out.write(buf, 0, d.deflate(buf));
      }
      return out.toByteArray();
    } finally {
      d.end();
    }
  }

  // ---------------------------------------------------------------- reading

  public static Header readHeader(byte[] file) throws IOException {
    byte[] magic = MAGIC.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < magic.length; i++) {
      if (i >= file.length || file[i] != magic[i]) {
        throw new IOException("not a Tollgate price catalog (bad magic)");
      }
    }
    int nl = magic.length;
    while (nl < file.length && file[nl] != '\n') {
      nl++;
    }
    String note = "";
    List<CatalogSource> sources = new ArrayList<>();
    List<BlockRef> blocks = new ArrayList<>();
    // Streamed, not bound: the catalog is opened on every run and a data-binding mapper costs a tenth of a second to create.
    try (JsonParser p = FACTORY.createParser(file, magic.length, nl - magic.length)) {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if (field.equals("note")) {
          note = p.getText();
        } else if (field.equals("sources") || field.equals("blocks")) {
          expect(t, JsonToken.START_ARRAY);
          while (p.nextToken() == JsonToken.START_OBJECT) {
            Map<String, String> f = new java.util.HashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String k = p.currentName();
              p.nextToken();
              f.put(k, p.getText());
            }
            if (field.equals("sources")) {
              sources.add(new CatalogSource(f.get("file"), f.get("origin"), f.get("priceDate")));
            } else {
              blocks.add(new BlockRef(f.get("vendor"), f.get("service"), f.get("region"), Integer.parseInt(f.get("prices")),
                  Integer.parseInt(f.get("offset")), Integer.parseInt(f.get("length"))));
            }
          }
        } else {
          p.skipChildren();
        }
      }
    }
    return new Header(note, sources, blocks, nl + 1);
  }

  private static void expect(JsonToken actual, JsonToken wanted) throws IOException {
    if (actual != wanted) {
      throw new IOException("corrupt catalog header: expected " + wanted + ", found " + actual);
    }
  }

  /** Inflates and parses one block. */
  public static List<CatalogPrice> readBlock(byte[] file, Header header, BlockRef ref) throws IOException {
    String text = inflate(file, header.bodyStart() + ref.offset(), ref.length());
    List<CatalogPrice> out = new ArrayList<>(ref.prices());
    int pos = 0;
    while (pos < text.length()) {
      int end = text.indexOf('\n', pos);
      if (end < 0) {
        end = text.length();
      }
      out.add(decode(ref, text.substring(pos, end)));
      pos = end + 1;
    }
    return out;
  }

  private static CatalogPrice decode(BlockRef ref, String line) throws IOException {
    String[] f = line.split("\t", -1);
    if (f.length != 12) {
      throw new IOException("corrupt catalog block " + ref.key() + ": " + f.length + " fields");
    }
    TreeMap<String, String> attrs = new TreeMap<>();
    if (!f[1].isEmpty()) {
      int pos = 0;
      String a = f[1];
      while (pos <= a.length()) {
        int end = a.indexOf(ATTR_SEP, pos);
        if (end < 0) {
          end = a.length();
        }
        int eq = a.indexOf('=', pos);
        attrs.put(unescape(a.substring(pos, eq)), unescape(a.substring(eq + 1, end)));
        pos = end + 1;
      }
    }
    return new CatalogPrice(ref.vendor(), ref.service(), unescape(f[0]), ref.region(), attrs, unescape(f[2]),
        unescape(f[3]), new BigDecimal(f[4]), f[5], f[6], unescape(f[7]), unescape(f[8]), unescape(f[9]),
        Integer.parseInt(f[10]), unescape(f[11]));
  }

  private static String inflate(byte[] file, int offset, int length) throws IOException {
    Inflater inf = new Inflater(true);
    try {
      inf.setInput(file, offset, length);
      ByteArrayOutputStream out = new ByteArrayOutputStream(length * 6);
      byte[] buf = new byte[64 * 1024];
      while (!inf.finished()) {
        int n = inf.inflate(buf);
        if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
          break;
        }
        out.write(buf, 0, n);
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (DataFormatException e) {
      throw new IOException("corrupt catalog block: " + e.getMessage(), e);
    } finally {
      inf.end();
    }
  }
}
