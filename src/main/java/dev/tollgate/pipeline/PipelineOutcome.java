package dev.tollgate.pipeline;

import dev.tollgate.model.Verdict;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a pull request's run came to, for the server's history and the CI job's outputs: monthly
 * totals per project in the currency shown, the verdict, how many resources had no price (left out
 * of the totals), which projects were skipped, and what happened to the comment.
 *
 * @param judged false when no budget or rule was configured (the verdict is then a formal pass)
 */
public record PipelineOutcome(String headSha, String currency, List<Total> projects, Verdict.Level verdict, boolean judged,
    int unpriced, List<String> skipped, Comment comment, String body) {

  /** One project's monthly cost at the base and at the head; unrounded. */
  public record Total(String name, BigDecimal before, BigDecimal after) {
    public Total {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }
  }

  /** What became of the comment: posted, edited in place, earlier ones hidden or deleted, or none. */
  public enum Comment { CREATED, UPDATED, REPLACED, NOT_POSTED }

  public PipelineOutcome {
    Objects.requireNonNull(headSha, "headSha");
    Objects.requireNonNull(currency, "currency");
    projects = List.copyOf(projects);
    Objects.requireNonNull(verdict, "verdict");
    skipped = List.copyOf(skipped);
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(body, "body");
  }

  public BigDecimal monthlyBefore() {
    return projects.stream().map(Total::before).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal monthlyAfter() {
    return projects.stream().map(Total::after).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal monthlyDiff() {
    return monthlyAfter().subtract(monthlyBefore());
  }

  public boolean fails() {
    return verdict == Verdict.Level.FAIL;
  }

  PipelineOutcome withComment(Comment c) {
    return new PipelineOutcome(headSha, currency, projects, verdict, judged, unpriced, skipped, c, body);
  }
}
