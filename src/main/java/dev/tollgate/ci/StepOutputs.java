package dev.tollgate.ci;

import dev.tollgate.pipeline.PipelineOutcome;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The GitHub Action's outputs, appended to the file {@code GITHUB_OUTPUT} names as {@code name=value}
 * lines: the monthly totals before and after (in the currency shown, two decimals), the difference,
 * the currency and the verdict, for later steps of the workflow.
 */
public final class StepOutputs {

  private StepOutputs() {}

  public static Map<String, String> of(PipelineOutcome o) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("past-monthly-cost", plain(o.monthlyBefore()));
    out.put("monthly-cost", plain(o.monthlyAfter()));
    out.put("diff-monthly-cost", plain(o.monthlyDiff()));
    out.put("currency", o.currency());
    out.put("verdict", o.verdict().label());
    out.put("skipped-projects", Integer.toString(o.skipped().size()));
    return out;
  }

  public static void append(Path file, Map<String, String> outputs) throws IOException {
    StringBuilder b = new StringBuilder();
    outputs.forEach((k, v) -> b.append(k).append('=').append(v.replace('\n', ' ')).append('\n'));
    Files.writeString(file, b, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  private static String plain(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
