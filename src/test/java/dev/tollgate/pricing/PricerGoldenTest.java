package dev.tollgate.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.support.BreakdownText;
import dev.tollgate.support.Engines;
import dev.tollgate.terraform.TerraformInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pricer has a golden folder, {@code test-fixtures/goldens/<type>/}: an input ({@code plan.json},
 * a Terraform folder with {@code *.tf}, or {@code input.path} naming another fixture), an optional
 * {@code usage.yml}, and {@code expected.txt}. Run with {@code -Dtollgate.regenerate=true} to rewrite
 * the expected files after a deliberate change; review the diff before committing it.
 */
class PricerGoldenTest {

  static final Path GOLDENS = Path.of("test-fixtures/goldens");

  static Stream<String> pricedTypes() {
    return new PricerRegistry().pricers().keySet().stream();
  }

  @Test
  void every_priced_type_has_a_golden_folder_and_every_folder_a_pricer() throws IOException {
    List<String> folders;
    try (Stream<Path> s = Files.list(GOLDENS)) {
      folders = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(folders).containsExactlyElementsOf(pricedTypes().sorted().toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pricedTypes")
  void the_pricer_still_prices_its_golden_the_same(String type) throws Exception {
    Path dir = GOLDENS.resolve(type);
    Path usage = dir.resolve("usage.yml");
    ProjectEstimate e = Engines.engine(Files.exists(usage) ? UsageFile.read(usage) : UsageFile.NONE)
        .estimate(type, new TerraformInputs().read(input(dir)));
    String actual = BreakdownText.of(e);
    Path expected = dir.resolve("expected.txt");
    if (Boolean.getBoolean("tollgate.regenerate")) {
      Files.writeString(expected, actual);
      return;
    }
    if (!Files.exists(expected)) {
      fail("no " + expected + "; run with -Dtollgate.regenerate=true to write it, then review it");
    }
    String want = Files.readString(expected);
    if (!want.equals(actual)) {
      fail("golden " + expected + " differs (run with -Dtollgate.regenerate=true after a deliberate change):\n"
          + unifiedDiff(want, actual));
    }
  }

  static Path input(Path dir) throws IOException {
    Path pointer = dir.resolve("input.path");
    if (Files.exists(pointer)) {
      return dir.resolve(Files.readString(pointer).strip()).normalize();
    }
    Path plan = dir.resolve("plan.json");
    return Files.exists(plan) ? plan : dir;
  }

  /** A small line diff: enough to see what moved. */
  static String unifiedDiff(String want, String got) {
    List<String> a = want.lines().toList();
    List<String> b = got.lines().toList();
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        i++;
        j++;
      } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
        out.add("+ " + b.get(j++));
      } else {
        out.add("- " + a.get(i++));
      }
    }
    return String.join("\n", out);
  }
}
