package dev.tollgate.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comment and report templates in {@code src/main/resources/templates/}, one per file, each fed
 * one small view record, all compiled once when this class loads (a broken template fails the first
 * render, and the template test, not a user's pull request). Templates named {@code *.html} escape
 * for HTML; the others escape with {@link Markdown#text}, which is safe in markdown and in the raw
 * HTML a comment holds. {@code {{{triple}}}} inserts pre-rendered sections only.
 */
final class Templates {

  static final List<String> NAMES = List.of("comment", "projects", "skipped", "verdict", "hints", "details", "report.html");

  private static final Map<String, Template> COMPILED = compileAll();

  private Templates() {}

  static String render(String name, Object view) {
    Template t = COMPILED.get(name);
    if (t == null) {
      throw new IllegalArgumentException("no template " + name);
    }
    return t.execute(view);
  }

  static Map<String, Template> compileAll() {
    Mustache.Compiler markdown = Mustache.compiler().withEscaper(Markdown::text).emptyStringIsFalse(true);
    Mustache.Compiler html = Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true);
    Map<String, Template> out = new LinkedHashMap<>();
    for (String name : NAMES) {
      out.put(name, (name.endsWith(".html") ? html : markdown).compile(source(name)));
    }
    return out;
  }

  static String source(String name) {
    String path = "/templates/" + name + ".mustache";
    try (InputStream in = Templates.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("template missing from the jar: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
