package dev.tollgate.pricing.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The catalog's on-disk form: one line {@code TOLLGATE-CATALOG 2}, one line of JSON header (a note,
 * the sources with their price dates, an index of price blocks and one of instance-type blocks),
 * then the blocks. A price block holds one vendor/service/region's prices as sorted tab-separated
 * lines ({@link CatalogLines}), raw-DEFLATE compressed, so a lookup inflates only the blocks it
 * needs; a facts block holds one vendor's instance types the same way. The writer is
 * deterministic: the same prices give the same bytes (blocks are compressed in parallel but
 * written in key order).
 */
public final class CatalogFile {

  static final String MAGIC = "TOLLGATE-CATALOG 3\n";
  private static final JsonFactory FACTORY = new JsonFactory();

  /** Where a price block's bytes are, and what it holds. */
  public record BlockRef(String vendor, String service, String region, int prices, int offset, int length) {
    public String key() {
      return key(vendor, service, region);
    }

    static String key(String vendor, String service, String region) {
      return vendor + "/" + service + "/" + region;
    }
  }

  /** Where one vendor's instance types are. */
  public record FactsRef(String vendor, int types, int offset, int length) {}

  /** The parsed header; blocks are inflated on demand. */
  public record Header(String note, List<CatalogSource> sources, List<BlockRef> blocks, List<FactsRef> facts,
      int bodyStart) {}

  private CatalogFile() {}

  public static byte[] write(String note, List<CatalogSource> sources, List<CatalogPrice> prices,
      List<InstanceType> types) {
    Map<String, List<String>> lines = new TreeMap<>();
    Map<String, String[]> names = new HashMap<>();
    for (CatalogPrice p : prices) {
      String k = BlockRef.key(p.vendor(), p.service(), p.region());
      lines.computeIfAbsent(k, x -> new ArrayList<>()).add(CatalogLines.encode(p));
      names.putIfAbsent(k, new String[] {p.vendor(), p.service(), p.region()});
    }
    Map<String, List<String>> factLines = new TreeMap<>();
    for (InstanceType t : types) {
      factLines.computeIfAbsent(t.vendor(), x -> new ArrayList<>()).add(CatalogLines.encode(t));
    }
    List<Map.Entry<String, List<String>>> all = new ArrayList<>(lines.entrySet());
    all.addAll(factLines.entrySet());
    List<List<String>> sorted = all.stream().map(e -> e.getValue().stream().distinct().sorted().toList()).toList();
    List<byte[]> compressed = sorted.parallelStream()
        .map(l -> deflate(String.join("\n", l).getBytes(StandardCharsets.UTF_8))).toList();

    ByteArrayOutputStream body = new ByteArrayOutputStream();
    List<BlockRef> refs = new ArrayList<>();
    List<FactsRef> facts = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      byte[] c = compressed.get(i);
      if (i < lines.size()) {
        String[] n = names.get(all.get(i).getKey());
        refs.add(new BlockRef(n[0], n[1], n[2], sorted.get(i).size(), body.size(), c.length));
      } else {
        facts.add(new FactsRef(all.get(i).getKey(), sorted.get(i).size(), body.size(), c.length));
      }
      body.writeBytes(c);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.size() + 200_000);
    out.writeBytes(MAGIC.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(header(note, sources, refs, facts).getBytes(StandardCharsets.UTF_8));
    out.write('\n');
    out.writeBytes(body.toByteArray());
    return out.toByteArray();
  }

  private static String header(String note, List<CatalogSource> sources, List<BlockRef> blocks, List<FactsRef> facts) {
    StringWriter out = new StringWriter();
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
      // The block index is read on every run: one string parses far faster than thousands of small
      // JSON objects. Fields (vendor, service, region, prices, offset, length) are separated by '|',
      // entries by ';' — characters no name uses and JSON does not escape.
      StringBuilder index = new StringBuilder(blocks.size() * 48);
      for (BlockRef r : blocks) {
        for (String name : List.of(r.vendor(), r.service(), r.region())) {
          if (name.indexOf('|') >= 0 || name.indexOf(';') >= 0) {
            throw new IllegalArgumentException("a block name may not contain '|' or ';': " + name);
          }
        }
        index.append(r.vendor()).append('|').append(r.service()).append('|').append(r.region()).append('|')
            .append(r.prices()).append('|').append(r.offset()).append('|').append(r.length()).append(';');
      }
      g.writeStringField("blocks", index.toString());
      g.writeArrayFieldStart("facts");
      for (FactsRef r : facts) {
        g.writeStartObject();
        g.writeStringField("vendor", r.vendor());
        g.writeNumberField("types", r.types());
        g.writeNumberField("offset", r.offset());
        g.writeNumberField("length", r.length());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
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

  public static Header readHeader(byte[] file) throws IOException {
    byte[] magic = MAGIC.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < magic.length; i++) {
      if (i >= file.length || file[i] != magic[i]) {
        throw new IOException("not a Tollgate price catalog of this version (expected " + MAGIC.trim()
            + "); rebuild it with `tollgate prices build`");
      }
    }
    int nl = magic.length;
    while (nl < file.length && file[nl] != '\n') {
      nl++;
    }
    String note = "";
    List<CatalogSource> sources = new ArrayList<>();
    List<BlockRef> blocks = new ArrayList<>();
    List<FactsRef> facts = new ArrayList<>();
    // Streamed, not bound: the catalog is opened on every run and a data-binding mapper costs a tenth of a second to create.
    try (JsonParser p = FACTORY.createParser(file, magic.length, nl - magic.length)) {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if (field.equals("note")) {
          note = p.getText();
          continue;
        }
        if (field.equals("blocks") && t == JsonToken.VALUE_STRING) {
          blocks = blockIndex(p.getText());
          continue;
        }
        if (t != JsonToken.START_ARRAY) {
          p.skipChildren();
          continue;
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
          Map<String, String> f = new HashMap<>();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String k = p.currentName();
            p.nextToken();
            f.put(k, p.getText());
          }
          if (field.equals("sources")) {
            sources.add(new CatalogSource(f.get("file"), f.get("origin"), f.get("priceDate")));
          } else if (field.equals("blocks")) {
            blocks.add(new BlockRef(f.get("vendor"), f.get("service"), f.get("region"), Integer.parseInt(f.get("prices")),
                Integer.parseInt(f.get("offset")), Integer.parseInt(f.get("length"))));
          } else if (field.equals("facts")) {
            facts.add(new FactsRef(f.get("vendor"), Integer.parseInt(f.get("types")),
                Integer.parseInt(f.get("offset")), Integer.parseInt(f.get("length"))));
          }
        }
      }
    }
    return new Header(note, sources, blocks, facts, nl + 1);
  }

  private static List<BlockRef> blockIndex(String text) throws IOException {
    List<BlockRef> out = new ArrayList<>(text.length() / 48);
    int pos = 0;
    String[] f = new String[6];
    while (pos < text.length()) {
      int end = text.indexOf(';', pos);
      if (end < 0) {
        end = text.length();
      }
      int start = pos;
      for (int i = 0; i < 6; i++) {
        int tab = i == 5 ? end : text.indexOf('|', start);
        if (tab < 0 || tab > end) {
          throw new IOException("corrupt catalog header: block index line " + text.substring(pos, end));
        }
        f[i] = text.substring(start, tab);
        start = tab + 1;
      }
      out.add(new BlockRef(f[0], f[1], f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5])));
      pos = end + 1;
    }
    return out;
  }

  private static void expect(JsonToken actual, JsonToken wanted) throws IOException {
    if (actual != wanted) {
      throw new IOException("corrupt catalog header: expected " + wanted + ", found " + actual);
    }
  }

  /** Inflates and parses one price block. */
  public static List<CatalogPrice> readBlock(byte[] file, Header header, BlockRef ref) throws IOException {
    String text = inflate(file, header.bodyStart() + ref.offset(), ref.length());
    List<CatalogPrice> out = new ArrayList<>(ref.prices());
    CatalogLines decoder = new CatalogLines();
    for (String line : lines(text)) {
      out.add(decoder.decodePrice(ref.vendor(), ref.service(), ref.region(), line, ref.key()));
    }
    return out;
  }

  /** Inflates and parses one vendor's instance types. */
  public static List<InstanceType> readFacts(byte[] file, Header header, FactsRef ref) throws IOException {
    String text = inflate(file, header.bodyStart() + ref.offset(), ref.length());
    List<InstanceType> out = new ArrayList<>(ref.types());
    CatalogLines decoder = new CatalogLines();
    for (String line : lines(text)) {
      out.add(decoder.decodeFact(ref.vendor(), line, "facts/" + ref.vendor()));
    }
    return out;
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int pos = 0;
    while (pos < text.length()) {
      int end = text.indexOf('\n', pos);
      if (end < 0) {
        end = text.length();
      }
      out.add(text.substring(pos, end));
      pos = end + 1;
    }
    return out;
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
