package dev.tollgate.terraform.hcl;

import dev.tollgate.model.InputException;
import dev.tollgate.model.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openrewrite.ExecutionContext;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.Parser;
import org.openrewrite.SourceFile;
import org.openrewrite.hcl.HclParser;
import org.openrewrite.hcl.tree.BodyContent;
import org.openrewrite.hcl.tree.Expression;
import org.openrewrite.hcl.tree.Hcl;
import org.openrewrite.hcl.tree.Label;

/**
 * Parses {@code .tf} text with rewrite-hcl into {@link Config} blocks. A syntax error becomes a
 * {@code file:line:col} problem with the source line and a caret. Trees are immutable, so parses are
 * shared between loads of the same text (the head and base of a pull request share most files).
 */
final class HclFiles {

  private static final Pattern ANTLR_AT = Pattern.compile("at line (\\d+):(\\d+) (.*?)\\.?$");
  /** The cache is emptied when the texts it holds pass this many characters (trees take about ten times that). */
  private static final long CACHE_CHARS = 8L << 20;
  private static final Map<String, Hcl.ConfigFile> CACHE = new ConcurrentHashMap<>();
  private static final java.util.concurrent.atomic.AtomicLong CACHED_CHARS = new java.util.concurrent.atomic.AtomicLong();

  private HclFiles() {}

  static dev.tollgate.terraform.hcl.SourceFile parse(String display, String text) throws InputException {
    Hcl.ConfigFile tree = CACHE.get(text);
    if (tree == null) {
      tree = parseTree(display, text);
      if (CACHED_CHARS.addAndGet(text.length()) > CACHE_CHARS) {
        CACHE.clear();
        CACHED_CHARS.set(text.length());
      }
      CACHE.put(text, tree);
    }
    return new dev.tollgate.terraform.hcl.SourceFile(display, text, tree);
  }

  private static Hcl.ConfigFile parseTree(String display, String text) throws InputException {
    try {
      return parseOnce(display, text, text);
    } catch (InputException e) {
      String fixed = NumberLiterals.withDecimalPoints(text);
      if (!e.getMessage().contains("For input string") || fixed.equals(text)) {
        throw e;
      }
      return parseOnce(display, fixed, text);
    }
  }

  private static Hcl.ConfigFile parseOnce(String display, String source, String text) throws InputException {
    List<Throwable> errors = new ArrayList<>();
    ExecutionContext ctx = new InMemoryExecutionContext(errors::add);
    List<SourceFile> parsed;
    try {
      parsed = HclParser.builder().build()
          .parseInputs(List.of(Parser.Input.fromString(Path.of("input.tf"), source)), null, ctx).toList();
    } catch (RuntimeException | StackOverflowError e) {
      throw syntax(display, text, "cannot be parsed: " + e.getClass().getSimpleName(), 0, 0);
    }
    if (!errors.isEmpty()) {
      throw fromMessage(display, text, errors.get(0));
    }
    if (parsed.size() != 1 || !(parsed.get(0) instanceof Hcl.ConfigFile)) {
      String cause = parsed.isEmpty() ? "" : parsed.get(0).getMarkers().getMarkers().stream()
          .filter(m -> m instanceof org.openrewrite.ParseExceptionResult)
          .map(m -> ((org.openrewrite.ParseExceptionResult) m).getMessage()).findFirst().orElse("");
      throw cause.isEmpty() ? syntax(display, text, "is not valid HCL", 0, 0) : fromMessage(display, text, new Exception(cause));
    }
    return (Hcl.ConfigFile) parsed.get(0);
  }

  private static InputException fromMessage(String display, String text, Throwable error) {
    String message = error.getMessage() == null ? "is not valid HCL" : error.getMessage();
    Matcher m = ANTLR_AT.matcher(message);
    if (m.find()) {
      return syntax(display, text, "syntax error: " + m.group(3), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) + 1);
    }
    return syntax(display, text, "syntax error: " + message.split("\n")[0], 0, 0);
  }

  static InputException syntax(String display, String text, String message, int line, int col) {
    if (line <= 0) {
      return new InputException(new Problem("hcl.syntax", message, display));
    }
    return new InputException(new Problem("hcl.syntax", message + Positions.caret(text, line, col),
        display + ":" + line + ":" + col));
  }

  /** The file's blocks and attributes. */
  static Config.Body body(dev.tollgate.terraform.hcl.SourceFile file) {
    return body(file.tree.getBody(), file);
  }

  private static Config.Body body(List<BodyContent> contents, dev.tollgate.terraform.hcl.SourceFile file) {
    Map<String, Config.Expr> attributes = new java.util.LinkedHashMap<>();
    List<Config.Block> blocks = new ArrayList<>();
    for (BodyContent c : contents) {
      if (c instanceof Hcl.Attribute) {
        Hcl.Attribute a = (Hcl.Attribute) c;
        attributes.put(name(a.getName()), new Config.Expr(a.getValue(), file));
      } else if (c instanceof Hcl.Block) {
        Hcl.Block b = (Hcl.Block) c;
        List<String> labels = new ArrayList<>();
        for (Label l : b.getLabels()) {
          labels.add(label(l));
        }
        String type = b.getType() == null ? "" : b.getType().getName();
        blocks.add(new Config.Block(type, labels, body(b.getBody(), file), file, b));
      }
    }
    return new Config.Body(attributes, blocks);
  }

  static String name(Expression e) {
    if (e instanceof Hcl.Identifier) {
      return ((Hcl.Identifier) e).getName();
    }
    if (e instanceof Hcl.VariableExpression) {
      return ((Hcl.VariableExpression) e).getName().getName();
    }
    try {
      return e.printTrimmed(new org.openrewrite.Cursor(null, e));
    } catch (RuntimeException x) {
      return "?";
    }
  }

  private static String label(Label l) {
    if (l instanceof Hcl.Literal) {
      Object v = ((Hcl.Literal) l).getValue();
      return v == null ? "" : v.toString();
    }
    if (l instanceof Hcl.Identifier) {
      return ((Hcl.Identifier) l).getName();
    }
    return l.toString();
  }
}
