package dev.tollgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.advice.Advisor;
import dev.tollgate.model.Estimate;
import dev.tollgate.model.Hint;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.Verdict;
import dev.tollgate.policy.ConfigFiles;
import dev.tollgate.policy.Policy;
import dev.tollgate.pricing.PricerRegistry;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.UsageFile;
import dev.tollgate.support.Engines;
import dev.tollgate.support.Plans;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Names, addresses, tags and project names from a pull request that carry markdown, HTML, mentions,
 * issue references, math and a closing {@code </details>} render as inert text: the comment is
 * parsed as CommonMark (GFM tables) and searched for anything the payload could have made.
 */
class InjectionTest {

  static final String PAYLOAD = "</details><img src=x onerror=alert(1)> @octocat **bold** _em_ "
      + "[link](https://evil.example) https://evil.example www.evil.example $x^2$ | #123 ` ``` <!-- tollgate-comment -->";

  private static String comment;
  private static String html;

  @BeforeAll
  static void render() throws Exception {
    String key = PAYLOAD.replace("\\", "\\\\").replace("\"", "\\\"");
    String address = "aws_ebs_volume.data[\\\"" + key + "\\\"]";
    String plan = Plans.create("us-east-1", address, "{\"type\": \"gp2\", \"size\": 100, \"tags\": {\"team\": \""
        + key + "\", \"environment\": \"" + key + "\"}}");
    ProjectEstimate p = Plans.estimate("web " + PAYLOAD, plan, UsageFile.NONE);
    Estimate e = new Estimate(List.of(p), "USD", Instant.EPOCH);
    List<Hint> hints = new Advisor(new PricerRegistry(), new Prices(Engines.catalog())).advise(p, UsageFile.NONE, "USD");
    Verdict v = new Policy(ConfigFiles.parse("t.yml", "rules:\n  required_tags:\n    tags:\n      - key: environment\n"
        + "        allowed: [dev, prod]\n")).evaluate(e, List.of());
    assertThat(hints).isNotEmpty();
    assertThat(v.reasons()).isNotEmpty();
    Review review = new Review(e, v, hints, "t.yml");
    comment = new CommentRenderer().render(review, CommentRenderer.Host.GITHUB);
    html = new HtmlRenderer().render(review);
  }

  @Test
  void the_payload_is_in_the_comment_as_text() {
    assertThat(comment).contains("onerror").contains("octocat").contains("evil");
  }

  @Test
  void no_html_but_tollgates_own_tags_reaches_the_markdown() {
    Pattern allowed = Pattern.compile("</?(h4|table|thead|tbody|tr|td|span|code|sub|details|summary)( [a-z]+=\"[^\"<>]*\")?>|<!-- tollgate-comment -->");
    List<String> html = new ArrayList<>();
    parse(comment).accept(new AbstractVisitor() {
      @Override
      public void visit(HtmlBlock b) {
        html.add(b.getLiteral());
      }

      @Override
      public void visit(HtmlInline i) {
        html.add(i.getLiteral());
      }
    });
    Matcher tag = Pattern.compile("<[^>]*>").matcher(String.join("\n", html));
    while (tag.find()) {
      assertThat(tag.group()).matches(allowed);
    }
    assertThat(String.join("\n", html)).doesNotContain("<img").doesNotContain("onerror=");
    long closes = html.stream().mapToLong(h -> count(h, "</details>")).sum();
    long opens = html.stream().mapToLong(h -> count(h, "<details>")).sum();
    assertThat(closes).isEqualTo(opens).isEqualTo(1);
    assertThat(comment.indexOf(CommentRenderer.MARKER)).isZero();
  }

  @Test
  void no_links_images_or_emphasis_come_from_the_payload() {
    List<String> emphasised = new ArrayList<>();
    int[] links = {0};
    parse(comment).accept(new AbstractVisitor() {
      @Override
      public void visit(Link l) {
        links[0]++;
      }

      @Override
      public void visit(Image i) {
        links[0]++;
      }

      @Override
      public void visit(Emphasis e) {
        emphasised.add(text(e));
      }

      @Override
      public void visit(StrongEmphasis e) {
        emphasised.add(text(e));
      }
    });
    assertThat(links[0]).isZero();
    // Tollgate's own bold (a project name) may hold the payload's text; the payload makes none of its own.
    assertThat(emphasised).noneMatch(t -> t.equals("bold") || t.equals("em"));
  }

  @Test
  void mentions_references_bare_links_and_math_are_broken() {
    StringBuilder text = new StringBuilder();
    parse(comment).accept(new AbstractVisitor() {
      @Override
      public void visit(Text t) {
        text.append(t.getLiteral()).append('\n');
      }
    });
    // GitHub and GitLab link these in rendered text (not in code blocks).
    assertThat(text.toString()).doesNotContainPattern("@[A-Za-z0-9]").doesNotContainPattern("#[0-9]")
        .doesNotContain("://").doesNotContainIgnoringCase("www.");
    // Math is found in the markdown source: no dollar sign outside code blocks.
    String outsideFences = comment.replaceAll("(?s)(`{3,})\n.*?\n\\1", "");
    assertThat(outsideFences).doesNotContain("$");
  }

  @Test
  void the_details_block_cannot_be_closed_from_inside_its_code_fence() {
    List<FencedCodeBlock> fences = new ArrayList<>();
    parse(comment).accept(new AbstractVisitor() {
      @Override
      public void visit(FencedCodeBlock f) {
        fences.add(f);
      }
    });
    assertThat(fences).singleElement().satisfies(f -> {
      assertThat(f.getLiteral()).contains("</details><img").contains("Monthly cost change for web");
      assertThat(f.getFenceLength()).isGreaterThan(3);
    });
  }

  @Test
  void the_html_report_escapes_everything() {
    assertThat(html).doesNotContain("<img").doesNotContain("</details>").doesNotContain("<!-- tollgate")
        .doesNotContain("<script").contains("&lt;img src").contains("&lt;/details&gt;");
    assertThat(html).doesNotContainPattern("(?i)<(script|link|iframe|object)\\b").doesNotContain("src=\"http");
  }

  @Test
  void the_terminal_table_drops_escape_sequences_from_names() throws Exception {
    String plan = Plans.create("us-east-1", "aws_ebs_volume.x[\\\"\\u001b[2J\\u001b]0;owned\\u0007\\\"]",
        "{\"type\": \"gp2\", \"size\": 10}");
    ProjectEstimate p = Plans.estimate("p\u001b[31m", plan, UsageFile.NONE);
    String table = new TableRenderer().render(new Review(new Estimate(List.of(p), "USD", Instant.EPOCH),
        Verdict.PASS, List.of(), ""), false);
    assertThat(p.diffs().get(0).address()).contains("\u001b[2J");
    assertThat(table).doesNotContain("\u001b").doesNotContain("\u0007").contains("aws_ebs_volume.x[\" [2J ]0;owned \"]");
  }

  private static Node parse(String markdown) {
    return Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown);
  }

  private static String text(Node n) {
    StringBuilder b = new StringBuilder();
    n.accept(new AbstractVisitor() {
      @Override
      public void visit(Text t) {
        b.append(t.getLiteral());
      }
    });
    return b.toString();
  }

  private static long count(String s, String part) {
    return s.split(Pattern.quote(part), -1).length - 1;
  }
}
