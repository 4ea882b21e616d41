package dev.tollgate.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Byte-for-byte comparison with an expected file this project wrote. A mismatch fails with a unified
 * diff; {@code -Dtollgate.regenerate=true} (or {@code TOLLGATE_REGENERATE=1}) writes the actual output
 * as the new expected file instead, for a person to review in the commit.
 */
public final class Golden {

  private Golden() {}

  public static boolean regenerating() {
    return Boolean.getBoolean("tollgate.regenerate") || "1".equals(System.getenv("TOLLGATE_REGENERATE"));
  }

  public static void assertMatches(Path expectedFile, String actual) throws IOException {
    if (regenerating()) {
      Files.createDirectories(expectedFile.getParent());
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(expectedFile)) {
      fail("no golden file " + expectedFile + "; run with -Dtollgate.regenerate=true to write it");
    }
    String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      fail("output differs from " + expectedFile + " (-expected +actual; regenerate with -Dtollgate.regenerate=true):\n"
          + unifiedDiff(expected, actual, 3));
    }
  }

  /** A unified diff of two texts by lines (longest common subsequence), with {@code context} lines around changes. */
  public static String unifiedDiff(String a, String b, int context) {
    String[] x = a.split("\n", -1);
    String[] y = b.split("\n", -1);
    int[][] lcs = new int[x.length + 1][y.length + 1];
    for (int i = x.length - 1; i >= 0; i--) {
      for (int j = y.length - 1; j >= 0; j--) {
        lcs[i][j] = x[i].equals(y[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> ops = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i].equals(y[j])) {
        ops.add(" " + x[i++]);
        j++;
      } else if (j < y.length && (i == x.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
        ops.add("+" + y[j++]);
      } else {
        ops.add("-" + x[i++]);
      }
    }
    StringBuilder out = new StringBuilder("--- expected\n+++ actual\n");
    int last = -1;
    for (int k = 0; k < ops.size(); k++) {
      if (ops.get(k).charAt(0) == ' ') {
        continue;
      }
      int from = Math.max(last + 1, k - context);
      if (from > last + 1 && last >= 0) {
        out.append("@@\n");
      } else if (last < 0) {
        out.append("@@ line ").append(from + 1).append(" @@\n");
      }
      int to = Math.min(ops.size() - 1, k + context);
      for (int m = from; m <= to; m++) {
        out.append(ops.get(m)).append('\n');
      }
      last = to;
      k = to - context;
    }
    return out.toString();
  }
}
