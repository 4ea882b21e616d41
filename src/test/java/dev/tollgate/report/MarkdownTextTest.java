package dev.tollgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Markdown#text} and {@link Markdown#fenced} on the inputs that matter. */
class MarkdownTextTest {

  @Test
  void markup_becomes_character_references() {
    assertThat(Markdown.text("<b>*x*</b> | `c` $1 [a]~\\"))
        .isEqualTo("&#60;b&#62;&#42;x&#42;&#60;/b&#62; &#124; &#96;c&#96; &#36;1 &#91;a&#93;&#126;&#92;");
  }

  @Test
  void underscores_inside_words_stay_and_at_word_edges_are_escaped() {
    assertThat(Markdown.text("aws_instance.web _x_")).isEqualTo("aws_instance.web &#95;x&#95;");
  }

  @Test
  void mentions_references_and_links_get_an_invisible_break() {
    assertThat(Markdown.text("@team #12 https://x www.y")).isEqualTo("@\u200Bteam #\u200B12 https:\u200B//x www\u200B.y");
    assertThat(Markdown.text("issue #a")).isEqualTo("issue #a");
  }

  @Test
  void line_breaks_and_bidi_controls_cannot_survive() {
    assertThat(Markdown.text("a\nb\r\u2028c\u202Ed")).isEqualTo("a b  cd");
    assertThat(Markdown.line("a\n```\u2066b")).isEqualTo("a ```b");
  }

  @Test
  void the_fence_is_longer_than_any_backtick_run_inside() {
    assertThat(Markdown.fenced("x")).isEqualTo("```\nx\n```");
    assertThat(Markdown.fenced("a ```` b\n")).isEqualTo("`````\na ```` b\n`````");
  }
}
