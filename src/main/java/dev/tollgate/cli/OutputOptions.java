package dev.tollgate.cli;

import dev.tollgate.infracost.InfracostJsonWriter;
import dev.tollgate.model.Estimate;
import dev.tollgate.report.MarkdownRenderer;
import dev.tollgate.report.TableRenderer;
import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How the estimate is written, and where. */
final class OutputOptions {

  enum Format { table, json, markdown }

  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). json is Infracost's JSON format 0.2.")
  Format format;

  @Option(names = "--out-file", paramLabel = "FILE", description = "Write the output to FILE instead of standard output.")
  Path outFile;

  void write(Estimate estimate, String command, PrintWriter stdout) throws IOException {
    try (Writer out = output(stdout)) {
      switch (format) {
        case json:
          new InfracostJsonWriter().write(estimate, command, out);
          break;
        case markdown:
          out.write(new MarkdownRenderer().render(estimate));
          break;
        default:
          out.write(new TableRenderer().render(estimate));
      }
    }
  }

  /** The --out-file, or standard output (left open: it belongs to the caller). */
  private Writer output(PrintWriter stdout) throws IOException {
    if (outFile != null) {
      return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(outFile), StandardCharsets.UTF_8));
    }
    return new FilterWriter(stdout) {
      @Override
      public void close() {
        stdout.flush();
      }
    };
  }
}
