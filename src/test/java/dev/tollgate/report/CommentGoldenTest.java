package dev.tollgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.support.Fixtures;
import dev.tollgate.support.Golden;
import dev.tollgate.support.Run;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The comment for three changes, end to end through the command line, byte for byte: an increase
 * that fails a budget (exit 1), a decrease, no change. Each folder under test-fixtures/comment holds
 * the plan, the .tollgate.yml, and the expected comments and report.
 */
class CommentGoldenTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "increase, github-comment, github-comment.md, 1",
      "increase, gitlab-comment, gitlab-comment.md, 1",
      "increase, html, report.html, 1",
      "decrease, github-comment, github-comment.md, 0",
      "decrease, gitlab-comment, gitlab-comment.md, 0",
      "no-change, github-comment, github-comment.md, 0",
      "no-change, gitlab-comment, gitlab-comment.md, 0"})
  void comment_matches_its_golden_file(String scenario, String format, String golden, int exitCode) throws Exception {
    Path dir = Path.of("test-fixtures/comment").resolve(scenario);
    Run run = Run.of("estimate", "--config", dir.resolve(".tollgate.yml").toString(), "--format", format);
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(exitCode);
    Golden.assertMatches(Fixtures.path("comment/" + scenario + "/" + golden), run.out());
  }
}
