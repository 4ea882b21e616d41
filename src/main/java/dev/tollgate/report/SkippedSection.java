package dev.tollgate.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The projects that could not be estimated, as Infracost's "skipped projects due to errors": each
 * with its error in a code block (cut to a few lines: the error may quote a hostile file), or,
 * grouped, only their names. Their costs are in no total, and the section says so.
 */
record SkippedSection(List<Review.Skipped> skipped) {

  static final int MAX_ERROR_CHARS = 1_500;
  static final int MAX_LISTED = 20;

  String render(boolean grouped) {
    if (skipped.isEmpty()) {
      return "";
    }
    int n = skipped.size();
    String title = n == 1 ? "1 project was skipped due to errors; its cost is not in the totals"
        : n + " projects were skipped due to errors; their costs are not in the totals";
    List<CommentViews.SkippedProject> rows = new ArrayList<>();
    if (grouped) {
      List<String> names = skipped.stream().map(Review.Skipped::project).toList();
      rows.add(new CommentViews.SkippedProject(CommentSections.names(names), ""));
    } else {
      for (Review.Skipped s : skipped.subList(0, Math.min(n, MAX_LISTED))) {
        rows.add(new CommentViews.SkippedProject(Amounts.middle(s.project(), 64), Markdown.fenced(errorText(s.error()))));
      }
      if (n > MAX_LISTED) {
        rows.add(new CommentViews.SkippedProject((n - MAX_LISTED) + " more", ""));
      }
    }
    return Templates.render("skipped", new CommentViews.Skipped(title, rows));
  }

  /** Line by line without control or bidirectional characters, and not longer than {@link #MAX_ERROR_CHARS}. */
  static String errorText(String error) {
    String cut = error.length() <= MAX_ERROR_CHARS ? error : error.substring(0, MAX_ERROR_CHARS) + " …";
    List<String> lines = new ArrayList<>();
    cut.lines().forEach(l -> lines.add(Markdown.line(l)));
    return String.join("\n", lines);
  }
}
