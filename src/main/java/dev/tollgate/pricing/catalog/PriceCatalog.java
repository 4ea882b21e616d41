package dev.tollgate.pricing.catalog;

import dev.tollgate.pricing.PriceAnswer;
import dev.tollgate.pricing.PriceQuery;
import dev.tollgate.pricing.PriceSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The local price catalog: the default {@link PriceSource}, offline, shipped in the jar. Blocks (one
 * vendor/service/region each) are inflated and indexed on first use; answers are memoised, so a
 * repeated lookup is a hash-map hit. Thread-safe.
 */
public final class PriceCatalog implements PriceSource {

  /** Classpath location of the catalog the build ships. */
  public static final String RESOURCE = "/dev/tollgate/pricing/catalog/catalog.tgc";

  private final byte[] file;
  private final CatalogFile.Header header;
  private final Map<String, CatalogFile.BlockRef> refs = new ConcurrentHashMap<>();
  private final Map<String, CatalogBlock> loaded = new ConcurrentHashMap<>();
  private final Map<String, PriceAnswer> answers = new ConcurrentHashMap<>();
  private final Map<String, Map<String, InstanceType>> facts = new ConcurrentHashMap<>();

  public PriceCatalog(byte[] file) throws IOException {
    this.file = file;
    this.header = CatalogFile.readHeader(file);
    for (CatalogFile.BlockRef r : header.blocks()) {
      refs.put(r.key(), r);
    }
  }

  /** The catalog shipped in the jar. */
  public static PriceCatalog shipped() {
    try (InputStream in = PriceCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the price catalog " + RESOURCE + " is missing from the jar; rebuild it with `tollgate prices build`");
      }
      return new PriceCatalog(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static PriceCatalog load(Path path) throws IOException {
    return new PriceCatalog(Files.readAllBytes(path));
  }

  @Override
  public String name() {
    return "local catalog";
  }

  public CatalogFile.Header header() {
    return header;
  }

  public List<CatalogSource> sources() {
    return header.sources();
  }

  @Override
  public PriceAnswer lookup(PriceQuery q) {
    return answers.computeIfAbsent(q.key(), k -> answer(q));
  }

  /** Every price matching the query, across the blocks it covers. */
  public List<CatalogPrice> find(PriceQuery q) {
    List<CatalogPrice> out = new ArrayList<>();
    for (CatalogFile.BlockRef ref : blocksFor(q)) {
      out.addAll(block(ref).find(q));
    }
    return out;
  }

  private PriceAnswer answer(PriceQuery q) {
    List<CatalogFile.BlockRef> blocks = blocksFor(q);
    if (blocks.isEmpty()) {
      return new PriceAnswer.NotFound(noBlockReason(q));
    }
    List<CatalogPrice> found = find(q);
    if (found.isEmpty()) {
      return new PriceAnswer.NotFound("no price in the local catalog for " + q.describe());
    }
    CatalogPrice p = found.get(0);
    return new PriceAnswer.Found(p.usd(), p.unit(), provenance(p), found.size());
  }

  public String provenance(CatalogPrice p) {
    CatalogSource s = p.sourceId() < header.sources().size() ? header.sources().get(p.sourceId()) : null;
    return s == null ? "local catalog" : s.describe();
  }

  private String noBlockReason(PriceQuery q) {
    TreeSet<String> regions = new TreeSet<>();
    for (CatalogFile.BlockRef r : header.blocks()) {
      if (r.vendor().equals(q.vendor()) && (q.service() == null || r.service().equals(q.service()))) {
        regions.add(r.region());
      }
    }
    String what = q.service() == null ? q.vendor() : q.service();
    if (regions.isEmpty()) {
      return "the local catalog has no " + what + " prices";
    }
    return "the local catalog has no " + what + " prices for region " + q.region() + " (it has "
        + regions.size() + (regions.size() == 1 ? " region: " : " regions, e.g. ")
        + String.join(", ", regions.stream().limit(4).toList()) + ")";
  }

  private List<CatalogFile.BlockRef> blocksFor(PriceQuery q) {
    if (q.service() != null && q.region() != null) {
      CatalogFile.BlockRef r = refs.get(CatalogFile.BlockRef.key(q.vendor(), q.service(), q.region()));
      return r == null ? List.of() : List.of(r);
    }
    List<CatalogFile.BlockRef> out = new ArrayList<>();
    for (CatalogFile.BlockRef r : header.blocks()) {
      if (r.vendor().equals(q.vendor())
          && (q.service() == null || r.service().equals(q.service()))
          && (q.region() == null || r.region().equals(q.region()))) {
        out.add(r);
      }
    }
    return out;
  }

  private CatalogBlock block(CatalogFile.BlockRef ref) {
    return loaded.computeIfAbsent(ref.key(), k -> {
      try {
        return new CatalogBlock(CatalogFile.readBlock(file, header, ref));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * What an instance type is (vCPUs, memory, architecture, successors), from the catalog's
   * instance-type facts. {@code vendor} is {@code aws}, {@code azure} or {@code gcp}; names are
   * the vendor's ({@code m5.large}, {@code Standard_D2s_v5}, {@code n2-standard-2}), matched
   * exactly and then case-insensitively. The vendor's facts are inflated on first use.
   */
  public Optional<InstanceType> instanceType(String vendor, String name) {
    Map<String, InstanceType> byName = facts.computeIfAbsent(vendor, this::loadFacts);
    InstanceType t = byName.get(name);
    if (t == null && name != null) {
      t = byName.get("\u0000" + name.toLowerCase(Locale.ROOT));
    }
    return Optional.ofNullable(t);
  }

  /** Every instance type the catalog knows for a vendor, sorted by name. */
  public List<InstanceType> instanceTypes(String vendor) {
    return facts.computeIfAbsent(vendor, this::loadFacts).entrySet().stream()
        .filter(e -> !e.getKey().startsWith("\u0000")).map(Map.Entry::getValue)
        .sorted(java.util.Comparator.comparing(InstanceType::name)).toList();
  }

  private Map<String, InstanceType> loadFacts(String vendor) {
    Map<String, InstanceType> out = new HashMap<>();
    for (CatalogFile.FactsRef ref : header.facts()) {
      if (ref.vendor().equals(vendor)) {
        try {
          for (InstanceType t : CatalogFile.readFacts(file, header, ref)) {
            out.put(t.name(), t);
            out.putIfAbsent("\u0000" + t.name().toLowerCase(Locale.ROOT), t);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return out;
  }

  /** Inflates every block (for benchmarks and verification); returns how many prices it holds. */
  public long loadAll() {
    return header.blocks().parallelStream().mapToLong(r -> block(r).prices().size()).sum();
  }

  /** All prices of one block, for search and verification. */
  public List<CatalogPrice> pricesOf(CatalogFile.BlockRef ref) {
    return block(ref).prices();
  }

  public int loadedBlocks() {
    return loaded.size();
  }
}
