package dev.tollgate.vcs;

import java.util.List;
import java.util.Objects;

/**
 * The verdict shown next to a commit: a GitHub check run (with annotations on file lines) or a GitLab
 * commit status (which has room for the title only; the summary goes into the comment).
 *
 * @param name what the check is called on the host, {@code tollgate} or {@code tollgate/infra}
 * @param detailsUrl where the full report is, or empty
 */
public record CheckReport(
    String name,
    Conclusion conclusion,
    String title,
    String summary,
    String detailsUrl,
    List<Annotation> annotations) {

  /** The outcome, as both hosts can show it; GitLab has no neutral state and shows it as success. */
  public enum Conclusion { PENDING, SUCCESS, NEUTRAL, FAILURE }

  /** How loud an annotation is. */
  public enum Level { NOTICE, WARNING, FAILURE }

  /** A message on one line of a file in the head commit, {@code main.tf:12}. */
  public record Annotation(String path, int line, Level level, String title, String message) {
    public Annotation {
      Objects.requireNonNull(path, "path");
      if (line < 1) {
        throw new IllegalArgumentException("annotation lines start at 1, got " + line);
      }
      Objects.requireNonNull(level, "level");
      title = title == null ? "" : title;
      Objects.requireNonNull(message, "message");
    }
  }

  public CheckReport {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(conclusion, "conclusion");
    Objects.requireNonNull(title, "title");
    summary = summary == null ? "" : summary;
    detailsUrl = detailsUrl == null ? "" : detailsUrl;
    annotations = List.copyOf(annotations);
  }
}
