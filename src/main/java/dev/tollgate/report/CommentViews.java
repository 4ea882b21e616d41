package dev.tollgate.report;

import java.util.List;

/** The small records the comment templates are fed, one per template. */
final class CommentViews {

  private CommentViews() {}

  /** Sections arrive rendered, without trailing line breaks; the template spaces them. */
  record Comment(String marker, String headline, String projects, String skipped, String verdict, String hints,
      String details, List<String> notes, String currency) {}

  record SkippedProject(String name, String error) {}

  record Skipped(String title, List<SkippedProject> projects) {}

  record Row(String name, String baseline, String usage, String total, String monthly) {}

  record Projects(List<Row> rows, String unchanged) {
    boolean hasRows() {
      return !rows.isEmpty();
    }
  }

  record Reason(String icon, String who, String resource, String message, String rule) {}

  record Verdict(String icon, String title, String note, List<Reason> reasons) {}

  record HintRow(boolean code, String target, String part, String from, String to, String saving, String why,
      List<String> caveats) {}

  record Hints(String total, List<HintRow> hints) {}

  record Details(String body) {}
}
