package dev.tollgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.infracost.InfracostJsonReader;
import dev.tollgate.model.Estimate;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.support.Shared;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Infracost's github-comment golden was made from three Infracost JSON files; Tollgate's comment for
 * the same files has the same headline, changed projects and baseline / usage / change / new monthly
 * figures in its table.
 */
class InfracostCommentTest {

  private static final Pattern ROW = Pattern.compile("<tr>\\s*((?:<td[^>]*>.*?</td>\\s*)+)</tr>", Pattern.DOTALL);
  private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);
  private static final Pattern HEADLINE = Pattern.compile("<h4>(Monthly estimate [^<]*)</h4>");

  @Test
  void the_table_has_infracosts_projects_and_figures() throws Exception {
    String golden = Files.readString(Shared.infracostTestdata("output_format_git_hub_comment/output_format_git_hub_comment.golden"));
    List<ProjectEstimate> projects = new ArrayList<>();
    for (String f : List.of("example_out.json", "terraform_v0.14_breakdown.json", "terraform_v0.14_nochange_breakdown.json")) {
      projects.addAll(new InfracostJsonReader().read(Shared.infracostTestdata(f)));
    }
    String ours = new CommentRenderer().render(Review.of(new Estimate(projects, "USD", Instant.EPOCH)),
        CommentRenderer.Host.GITHUB);

    List<List<String>> expected = rows(golden);
    assertThat(expected).hasSize(2);
    assertThat(rows(ours)).isEqualTo(expected);
    assertThat(headline(ours)).isEqualTo(headline(golden)).isEqualTo("Monthly estimate increased by $1,402 📈");
    assertThat(ours).contains("1 project has no cost change.");
  }

  private static List<List<String>> rows(String comment) {
    List<List<String>> out = new ArrayList<>();
    Matcher r = ROW.matcher(comment);
    while (r.find()) {
      List<String> cells = new ArrayList<>();
      Matcher c = CELL.matcher(r.group(1));
      while (c.find()) {
        cells.add(decode(c.group(1).strip()));
      }
      out.add(cells);
    }
    return out;
  }

  private static String headline(String comment) {
    Matcher m = HEADLINE.matcher(comment);
    assertThat(m.find()).isTrue();
    return decode(m.group(1));
  }

  /** Character references back to characters, as a markdown renderer shows them. */
  private static String decode(String s) {
    Matcher m = Pattern.compile("&#(\\d+);").matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1)))));
    }
    m.appendTail(b);
    return b.toString().replace("\u200B", "");
  }
}
