package dev.tollgate.cli;

import dev.tollgate.infracost.InfracostJsonWriter;
import dev.tollgate.report.CommentRenderer;
import dev.tollgate.report.HtmlRenderer;
import dev.tollgate.report.MarkdownRenderer;
import dev.tollgate.report.Review;
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
import java.util.ArrayList;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How the estimate is written, and where. */
final class OutputOptions {

  enum Format {
    TABLE("table"), JSON("json"), MARKDOWN("markdown"), GITHUB_COMMENT("github-comment"),
    GITLAB_COMMENT("gitlab-comment"), HTML("html");

    final String label;

    Format(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** Reads {@code github-comment} and the other labels. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Arrays.stream(Format.values()).filter(f -> f.label.equals(value)).findFirst()
          .orElseThrow(() -> new CommandLine.TypeConversionException("unknown format '" + value + "'; use one of "
              + String.join(", ", new Formats())));
    }
  }

  static final class Formats extends ArrayList<String> {
    Formats() {
      Arrays.stream(Format.values()).forEach(f -> add(f.label));
    }
  }

  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", converter = FormatConverter.class,
      completionCandidates = Formats.class,
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). json is Infracost's JSON format 0.2; "
          + "github-comment and gitlab-comment are the pull request comment; html is a standalone report.")
  Format format;

  @Option(names = "--out-file", paramLabel = "FILE", description = "Write the output to FILE instead of standard output.")
  Path outFile;

  @Option(names = "--no-color", description = "No colour in the table (also when NO_COLOR is set or the output is not a terminal).")
  boolean noColor;

  void write(Review review, String command, PrintWriter stdout) throws IOException {
    try (Writer out = output(stdout)) {
      switch (format) {
        case JSON:
          new InfracostJsonWriter().write(review.estimate(), command, out);
          break;
        case MARKDOWN:
          out.write(new MarkdownRenderer().render(review.estimate()));
          break;
        case GITHUB_COMMENT:
          out.write(new CommentRenderer().render(review, CommentRenderer.Host.GITHUB));
          break;
        case GITLAB_COMMENT:
          out.write(new CommentRenderer().render(review, CommentRenderer.Host.GITLAB));
          break;
        case HTML:
          out.write(new HtmlRenderer().render(review));
          break;
        default:
          out.write(new TableRenderer().render(review, color()));
      }
    }
  }

  /** Infracost JSON and the plain markdown document have no place for hints; they skip the advice work. */
  boolean showsHints() {
    return format != Format.JSON && format != Format.MARKDOWN;
  }

  /** Colour only for a person at a terminal: not into a file, not with --no-color or NO_COLOR (no-color.org). */
  boolean color() {
    String noColorEnv = System.getenv("NO_COLOR");
    return !noColor && outFile == null && (noColorEnv == null || noColorEnv.isEmpty())
        && System.console() != null && !"dumb".equals(System.getenv("TERM"));
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
