package dev.tollgate.terraform.hcl;

import dev.tollgate.model.InputException;
import dev.tollgate.model.Value;
import dev.tollgate.terraform.hcl.functions.Conv;
import dev.tollgate.terraform.hcl.functions.FnException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openrewrite.hcl.tree.Expression;
import org.openrewrite.hcl.tree.Hcl;

/**
 * {@code templatefile()}: a template's text with {@code ${...}} interpolations and the
 * {@code %{if}/%{else}/%{endif}} and {@code %{for x in xs}/%{endfor}} directives (rewrite-hcl parses
 * expressions, not template files), evaluated with only the variables passed to it.
 */
final class TemplateFiles {

  private sealed interface Node permits Text, Interp, If, For {}

  private record Text(String text) implements Node {}

  private record Interp(Expression expr) implements Node {}

  private record If(Expression cond, List<Node> then, List<Node> otherwise) implements Node {}

  private record For(String key, String value, Expression in, List<Node> body) implements Node {}

  private final Evaluation ev;
  private int depth;

  TemplateFiles(Evaluation ev) {
    this.ev = ev;
  }

  Value render(String path, String text, Value vars) {
    if (depth > 0) {
      throw new FnException("templatefile() cannot be called from inside a template");
    }
    Map<String, Value> names = vars.isNull() ? Map.of() : Conv.fields(vars);
    SourceFile file = new SourceFile(path, text, null);
    List<Node> nodes = new Parser(text, path).nodes(null);
    depth++;
    try {
      StringBuilder out = new StringBuilder();
      return write(nodes, new Scope(null, file, new java.util.HashMap<>(names)), out) ? Conv.str(out.toString()) : Value.UNKNOWN;
    } finally {
      depth--;
    }
  }

  /** Appends the rendered nodes; false when something unknown makes the whole result unknown. */
  private boolean write(List<Node> nodes, Scope s, StringBuilder out) {
    for (Node n : nodes) {
      ev.step();
      if (n instanceof Text) {
        out.append(((Text) n).text());
      } else if (n instanceof Interp) {
        Value v = ev.evaluator.eval(((Interp) n).expr(), s);
        if (v.containsUnknown()) {
          return false;
        }
        out.append(Conv.string(v));
      } else if (n instanceof If) {
        If i = (If) n;
        Value c = ev.evaluator.eval(i.cond(), s);
        if (c.isUnknown()) {
          return false;
        }
        if (!write(Conv.bool(c) ? i.then() : i.otherwise(), s, out)) {
          return false;
        }
      } else {
        For f = (For) n;
        Value coll = ev.evaluator.eval(f.in(), s);
        if (coll.isUnknown()) {
          return false;
        }
        for (Map.Entry<Value, Value> e : Evaluator.entries(coll).entrySet()) {
          Scope inner = f.key() == null ? s.with(f.value(), e.getValue()) : s.with(f.key(), e.getKey()).with(f.value(), e.getValue());
          if (!write(f.body(), inner, out)) {
            return false;
          }
        }
      }
      if (out.length() > Conv.MAX_STRING) {
        throw FnException.limit("a template would build a string longer than " + Conv.MAX_STRING + " characters");
      }
    }
    return true;
  }

  /** Splits the text into nodes, honouring {@code ~} whitespace strip markers. */
  private static final class Parser {
    private final String text;
    private final String path;
    private int pos;
    private boolean stripNext;
    /** The directive that ended the last {@link #nodes} call: else, endif or endfor. */
    private String endedBy;

    Parser(String text, String path) {
      this.text = text;
      this.path = path;
    }

    /** Nodes up to the directive named in {@code until} (else, endif, endfor), which is consumed. */
    List<Node> nodes(List<String> until) {
      List<Node> out = new ArrayList<>();
      StringBuilder lit = new StringBuilder();
      while (pos < text.length()) {
        char c = text.charAt(pos);
        boolean open = pos + 1 < text.length() && text.charAt(pos + 1) == '{' && (c == '$' || c == '%');
        if ((c == '$' || c == '%') && text.startsWith(c + "" + c + "{", pos)) {
          lit.append(c).append('{');
          pos += 3;
          continue;
        }
        if (!open) {
          lit.append(c);
          pos++;
          continue;
        }
        int start = pos + 2;
        int end = closing(start);
        String inner = text.substring(start, end);
        pos = end + 1;
        boolean stripBefore = inner.startsWith("~");
        boolean stripAfter = inner.endsWith("~");
        inner = inner.substring(stripBefore ? 1 : 0, inner.length() - (stripAfter && inner.length() > (stripBefore ? 1 : 0) ? 1 : 0)).strip();
        flush(lit, out, stripBefore);
        stripNext = stripAfter;
        if (c == '$') {
          out.add(new Interp(expression(inner)));
          continue;
        }
        String word = inner.split("\\s+", 2)[0];
        if (until != null && until.contains(word)) {
          endedBy = word;
          return out;
        }
        if (word.equals("if")) {
          List<Node> then = nodes(List.of("else", "endif"));
          List<Node> otherwise = "else".equals(endedBy) ? nodes(List.of("endif")) : List.of();
          out.add(new If(expression(inner.substring(2).strip()), then, otherwise));
        } else if (word.equals("for")) {
          String[] parts = inner.substring(3).split("\\s+in\\s+", 2);
          if (parts.length != 2) {
            throw new FnException(path + ": %{for} must be \"for x in xs\"");
          }
          String[] vars = parts[0].split(",");
          List<Node> body = nodes(List.of("endfor"));
          out.add(vars.length == 2 ? new For(vars[0].strip(), vars[1].strip(), expression(parts[1]), body)
              : new For(null, vars[0].strip(), expression(parts[1]), body));
        } else {
          throw new FnException(path + ": unexpected %{" + Conv.abbreviate(inner) + "}");
        }
      }
      flush(lit, out, false);
      if (until != null) {
        throw new FnException(path + ": the template ends before %{" + until.get(until.size() - 1) + "}");
      }
      return out;
    }

    private void flush(StringBuilder lit, List<Node> out, boolean stripTrailing) {
      String s = lit.toString();
      if (stripNext) {
        s = s.stripLeading();
        stripNext = false;
      }
      if (stripTrailing) {
        s = s.stripTrailing();
      }
      if (!s.isEmpty()) {
        out.add(new Text(s));
      }
      lit.setLength(0);
    }

    /** The index of the brace that closes the sequence opened just before {@code from}. */
    private int closing(int from) {
      int depth = 0;
      for (int i = from; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"') {
          for (i++; i < text.length() && text.charAt(i) != '"'; i++) {
            if (text.charAt(i) == '\\') {
              i++;
            }
          }
        } else if (c == '{') {
          depth++;
        } else if (c == '}') {
          if (depth == 0) {
            return i;
          }
          depth--;
        }
      }
      throw new FnException(path + ": a ${ or %{ is never closed");
    }

    private Expression expression(String src) {
      try {
        SourceFile f = HclFiles.parse(path, "x = (" + src + ")\n");
        return ((Hcl.Attribute) f.tree.getBody().get(0)).getValue();
      } catch (InputException | RuntimeException e) {
        throw new FnException(path + ": \"" + Conv.abbreviate(src) + "\" is not a valid expression");
      }
    }
  }
}
