package dev.tollgate.terraform.hcl;

import dev.tollgate.model.Value;
import dev.tollgate.terraform.hcl.functions.Conv;
import dev.tollgate.terraform.hcl.functions.FnException;
import java.util.ArrayList;
import java.util.List;
import org.openrewrite.hcl.tree.Expression;
import org.openrewrite.hcl.tree.Hcl;

/**
 * String templates: quoted strings with escapes and {@code ${...}} interpolations, and heredocs
 * ({@code <<EOT}, and {@code <<-EOT} whose common indentation is removed). A template that is a
 * single interpolation, {@code "${var.list}"}, gives the value itself, not a string (Terraform 0.11
 * wrote every reference that way).
 */
final class Templates {

  private Templates() {}

  static boolean isWholeInterpolation(Expression e) {
    if (!(e instanceof Hcl.QuotedTemplate)) {
      return false;
    }
    List<Expression> parts = ((Hcl.QuotedTemplate) e).getExpressions();
    return parts.size() == 1 && parts.get(0) instanceof Hcl.TemplateInterpolation;
  }

  static Value eval(Expression e, Scope s, Evaluator ev) {
    List<Object> parts = new ArrayList<>();
    if (e instanceof Hcl.QuotedTemplate) {
      if (isWholeInterpolation(e)) {
        return ev.eval(((Hcl.TemplateInterpolation) ((Hcl.QuotedTemplate) e).getExpressions().get(0)).getExpression(), s);
      }
      for (Expression p : ((Hcl.QuotedTemplate) e).getExpressions()) {
        if (p instanceof Hcl.Literal) {
          parts.add(unescape(p.getPrefix().getWhitespace() + ((Hcl.Literal) p).getValueSource()));
        } else {
          parts.add(p);
        }
      }
    } else {
      parts = heredoc((Hcl.HeredocTemplate) e);
    }
    StringBuilder out = new StringBuilder();
    boolean unknown = false;
    for (Object p : parts) {
      if (p instanceof String) {
        out.append((String) p);
        continue;
      }
      Hcl.TemplateInterpolation i = (Hcl.TemplateInterpolation) p;
      Value v = ev.eval(i.getExpression(), s);
      if (v.containsUnknown()) {
        unknown = true;
      } else if (v.isNull()) {
        throw new FnException("a template interpolates a null value");
      } else if (!unknown) {
        out.append(Conv.string(v));
      }
      if (out.length() > Conv.MAX_STRING) {
        throw FnException.limit("a template would build a string longer than " + Conv.MAX_STRING + " characters");
      }
    }
    return unknown ? Value.UNKNOWN : Conv.str(out.toString());
  }

  /** A heredoc's text pieces and interpolations, with a {@code <<-} heredoc's indentation removed. */
  private static List<Object> heredoc(Hcl.HeredocTemplate h) {
    List<Object> parts = new ArrayList<>();
    for (Expression p : h.getExpressions()) {
      if (p instanceof Hcl.Literal) {
        parts.add(p.getPrefix().getWhitespace() + ((Hcl.Literal) p).getValueSource());
      } else if (p instanceof Hcl.TemplateInterpolation) {
        String ws = p.getPrefix().getWhitespace();
        if (!ws.isEmpty()) {
          parts.add(ws);
        }
        parts.add(p);
      }
    }
    String end = h.getEnd() == null ? "" : h.getEnd().getWhitespace();
    // The closing delimiter's own indentation is not content.
    int nl = end.lastIndexOf('\n');
    parts.add(nl < 0 ? "" : end.substring(0, nl + 1));
    if (!parts.isEmpty() && parts.get(0) instanceof String && ((String) parts.get(0)).startsWith("\n")) {
      parts.set(0, ((String) parts.get(0)).substring(1));
    } else if (!parts.isEmpty() && parts.get(0) instanceof String && ((String) parts.get(0)).startsWith("\r\n")) {
      parts.set(0, ((String) parts.get(0)).substring(2));
    }
    if (h.getArrow().contains("-")) {
      parts = dedent(parts);
    }
    List<Object> out = new ArrayList<>();
    for (Object p : parts) {
      out.add(p instanceof String ? ((String) p).replace("$${", "${").replace("%%{", "%{") : p);
    }
    return out;
  }

  private static final char HOLE = '\uE000';

  /** Removes the indentation common to all non-blank lines; an interpolation counts as text. */
  private static List<Object> dedent(List<Object> parts) {
    StringBuilder flat = new StringBuilder();
    List<Object> holes = new ArrayList<>();
    for (Object p : parts) {
      if (p instanceof String) {
        flat.append((String) p);
      } else {
        flat.append(HOLE);
        holes.add(p);
      }
    }
    String[] lines = flat.toString().split("\n", -1);
    int min = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        min = Math.min(min, indentation(line));
      }
    }
    if (min == Integer.MAX_VALUE) {
      min = 0;
    }
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int cut = Math.min(min, indentation(line));
      joined.append(line, cut, line.length());
      if (i < lines.length - 1) {
        joined.append('\n');
      }
    }
    List<Object> out = new ArrayList<>();
    int hole = 0;
    int start = 0;
    String text = joined.toString();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == HOLE) {
        out.add(text.substring(start, i));
        out.add(holes.get(hole++));
        start = i + 1;
      }
    }
    out.add(text.substring(start));
    return out;
  }

  private static int indentation(String line) {
    int n = 0;
    while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
      n++;
    }
    return n;
  }

  /** A quoted string's escapes: {@code \n \r \t \" \\ \\uNNNN \\UNNNNNNNN}, {@code $${} and {@code %%{}. */
  static String unescape(String raw) {
    if (raw.indexOf('\\') < 0 && raw.indexOf("$${") < 0 && raw.indexOf("%%{") < 0) {
      return raw;
    }
    StringBuilder b = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\' && i + 1 < raw.length()) {
        char n = raw.charAt(++i);
        switch (n) {
          case 'n': b.append('\n'); break;
          case 'r': b.append('\r'); break;
          case 't': b.append('\t'); break;
          case '"': b.append('"'); break;
          case '\\': b.append('\\'); break;
          case 'u':
          case 'U': {
            int len = n == 'u' ? 4 : 8;
            if (i + len < raw.length() + 0 && raw.substring(i + 1, Math.min(raw.length(), i + 1 + len)).matches("[0-9a-fA-F]{" + len + "}")) {
              b.appendCodePoint(Integer.parseInt(raw.substring(i + 1, i + 1 + len), 16));
              i += len;
            } else {
              b.append('\\').append(n);
            }
            break;
          }
          default: b.append('\\').append(n);
        }
      } else if ((c == '$' || c == '%') && raw.startsWith(c == '$' ? "$${" : "%%{", i)) {
        b.append(c).append('{');
        i += 2;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
