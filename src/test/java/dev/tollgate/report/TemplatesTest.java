package dev.tollgate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every template in src/main/resources/templates is listed, and every listed one parses. */
class TemplatesTest {

  @Test
  void every_template_file_is_listed_and_compiles() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates"))) {
      List<String> names = files.map(p -> p.getFileName().toString().replaceFirst("\\.mustache$", "")).sorted().toList();
      assertThat(names).containsExactlyInAnyOrderElementsOf(Templates.NAMES);
    }
    assertThat(Templates.compileAll()).containsOnlyKeys(Templates.NAMES);
  }

  @Test
  void a_template_that_does_not_parse_is_an_error() {
    assertThatThrownBy(() -> Mustache.compiler().compile("{{#rows}} never closed")).isInstanceOf(MustacheException.class);
  }

  @Test
  void values_go_through_the_markdown_escaper_and_sections_do_not() {
    String out = Templates.render("details", new CommentViews.Details("```\n<b>kept</b>\n```"));
    assertThat(out).contains("<b>kept</b>");
    String verdict = Templates.render("verdict", new CommentViews.Verdict("✅", "<b>t</b>", "", List.of()));
    assertThat(verdict).contains("&#60;b&#62;t&#60;/b&#62;");
  }
}
