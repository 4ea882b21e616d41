package dev.tollgate.terraform.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.model.InputException;
import dev.tollgate.support.Shared;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: whatever a pull request does to a Terraform file, loading it ends in a change set or an
 * {@link InputException}, never another exception, an error or a hang. 10,000 seeded cases, each a
 * window of a corpus file with random edits (deleted, inserted, duplicated or swapped text, HCL
 * punctuation, huge numbers, deep nesting); a case that fails prints its seed and text. Cases run on
 * two threads, which also shows that loads share nothing mutable.
 */
class HclMutationTest {

  private static final long SEED = 20_261_125L;
  private static final int CASES = Integer.getInteger("tollgate.mutation.cases", 10_000);
  private static final String[] TOKENS = {
      "{", "}", "[", "]", "(", ")", "\"", "${", "%{", "}", "=", "==", "?", ":", "...", "*", ".*", "[*]", "\n", "#", "/*", "*/",
      "<<EOT\n", "\nEOT\n", "<<-EOF\n", "var.", "local.", "module.", "count.index", "each.value", "for x in ", " if ",
      "1e999", "99999999999999999999999", "-", "!", "&&", "||", "null", "true", "try(", "can(", "range(", "file(\"",
      "../../", "/etc/passwd", "\\u", "\\", "\t", "\u00e9", "\uFFFF", "dynamic \"x\" {", "content {", "count = ", "for_each = "};

  @TempDir Path tmp;

  @Test
  void mutated_corpus_files_give_a_change_set_or_a_typed_error() throws Exception {
    List<String> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Shared.path("corpus/hcl"))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".tf")).sorted().toList()) {
        String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        if (!text.isBlank()) {
          sources.add(text);
        }
      }
    }
    LongAdder loaded = new LongAdder();
    LongAdder rejected = new LongAdder();
    int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int part = t;
        parts.add(pool.submit(() -> {
          run(sources, part, threads, loaded, rejected);
          return null;
        }));
      }
      for (Future<?> f : parts) {
        try {
          f.get();
        } catch (ExecutionException e) {
          throw e.getCause() instanceof AssertionError ? (AssertionError) e.getCause() : new AssertionError(e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(loaded.sum() + rejected.sum()).isEqualTo(CASES);
    // Both outcomes occur: the mutations are neither all harmless nor all fatal.
    assertThat(loaded.sum()).isGreaterThan(CASES / 10);
    assertThat(rejected.sum()).isGreaterThan(CASES / 10);
  }

  /** Cases part, part + threads, ...; each case has its own seed, so a failure reproduces alone. */
  private void run(List<String> sources, int part, int threads, LongAdder loaded, LongAdder rejected) throws Exception {
    Path root = Files.createDirectories(tmp.resolve("part" + part));
    Path dir = Files.createDirectories(root.resolve("case"));
    HclLoader loader = new HclLoader(LoaderOptions.defaults().withRepoRoot(root)
        .withLimits(new Limits(Duration.ofSeconds(2), 8, 5_000, 2_000_000L)));
    for (int i = part; i < CASES; i += threads) {
      Random random = new Random(SEED * 31 + i);
      String text = mutate(window(sources.get(random.nextInt(sources.size())), random), random);
      Files.writeString(dir.resolve("main.tf"), text);
      try {
        loader.load(dir);
        loaded.increment();
      } catch (InputException e) {
        assertThat(e.problems()).isNotEmpty();
        rejected.increment();
      } catch (RuntimeException | Error e) {
        throw new AssertionError("case " + i + " (seed " + SEED + " * 31 + " + i + ") threw " + e + " on:\n" + text, e);
      }
    }
  }

  /** One to three consecutive top-level blocks of a file, so that each case is cheap to parse. */
  private static String window(String text, Random random) {
    List<String> blocks = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      cur.append(line).append('\n');
      if (line.startsWith("}")) {
        blocks.add(cur.toString());
        cur.setLength(0);
      }
    }
    if (cur.length() > 0) {
      blocks.add(cur.toString());
    }
    int start = random.nextInt(blocks.size());
    int end = Math.min(blocks.size(), start + 1 + random.nextInt(3));
    return String.join("", blocks.subList(start, end));
  }

  private static String mutate(String text, Random random) {
    StringBuilder b = new StringBuilder(text);
    int edits = random.nextInt(3) == 0 ? 1 + random.nextInt(4) : 1;
    for (int e = 0; e < edits; e++) {
      int at = b.length() == 0 ? 0 : random.nextInt(b.length());
      switch (random.nextInt(6)) {
        case 0 -> b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(20)));
        case 1 -> b.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
        case 2 -> {
          int end = Math.min(b.length(), at + random.nextInt(80));
          b.insert(at, b.substring(at, end));
        }
        case 3 -> b.insert(at, random.nextInt(20) == 0 ? "(".repeat(random.nextInt(2000)) : TOKENS[random.nextInt(TOKENS.length)]);
        case 4 -> b.insert(at, (char) random.nextInt(0x250));
        default -> {
          int other = b.length() == 0 ? 0 : random.nextInt(b.length());
          int len = Math.min(10, Math.min(b.length() - at, b.length() - other));
          if (len > 0) {
            String x = b.substring(at, at + len);
            b.replace(at, at + len, b.substring(other, other + len));
            b.replace(other, other + len, x);
          }
        }
      }
    }
    return b.toString();
  }
}
