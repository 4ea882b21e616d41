package dev.tollgate.report;

import dev.tollgate.model.Estimate;
import dev.tollgate.model.ProjectEstimate;
import java.util.ArrayList;
import java.util.List;

/**
 * The pull request comment for GitHub or GitLab, in the shape of Infracost's current comment (a
 * headline, a table of changed projects, estimate details in a collapsed block) with Tollgate's
 * verdict and savings hints. It starts with {@link #MARKER} so the comment can be found and updated.
 * Within the host's size limit, the details are cut first; the totals, verdict and hints stay (in a
 * grouped form, if they alone would not fit).
 */
public final class CommentRenderer {

  /** The hidden first line that identifies Tollgate's comment; both hosts hide HTML comments. */
  public static final String MARKER = "<!-- tollgate-comment -->";

  /** Where the comment goes, and the most characters a comment may hold there. */
  public enum Host {
    GITHUB(65_536), GITLAB(1_000_000);

    private final int maxChars;

    Host(int maxChars) {
      this.maxChars = maxChars;
    }

    public int maxChars() {
      return maxChars;
    }
  }

  /** Room kept for the wrapping markup around the details text. */
  private static final int DETAILS_OVERHEAD = 120;

  public String render(Review review, Host host) {
    return render(review, host.maxChars());
  }

  String render(Review review, int maxChars) {
    Estimate e = review.estimate();
    String headline = headline(e);
    String footer = e.currency();
    int projectRows = Integer.MAX_VALUE;
    boolean compact = false;
    while (true) {
      String projects = new CommentSections.Projects(e).render(projectRows).stripTrailing();
      String verdict = new CommentSections.VerdictSection(review.verdict()).render(compact).stripTrailing();
      String hints = new CommentSections.HintsSection(review.hints()).render(compact).stripTrailing();
      String skipped = new SkippedSection(review.skipped()).render(compact).stripTrailing();
      String without = Templates.render("comment",
          new CommentViews.Comment(MARKER, headline, projects, skipped, verdict, hints, "", review.notes(), footer));
      int room = maxChars - without.length() - DETAILS_OVERHEAD;
      if (room > 400 || compact && projectRows <= 5) {
        String details = room > 400 ? details(e, room) : "";
        String out = Templates.render("comment",
            new CommentViews.Comment(MARKER, headline, projects, skipped, verdict, hints, details, review.notes(), footer));
        return out.length() <= maxChars ? out : out.substring(0, maxChars);
      }
      if (!compact) {
        compact = true;
      } else {
        projectRows = projectRows == Integer.MAX_VALUE ? 100 : Math.max(5, projectRows / 2);
      }
    }
  }

  private static String headline(Estimate e) {
    int s = e.diffMonthly().amount().signum();
    String amount = Amounts.money(e.diffMonthly().amount().abs(), e.currency());
    return s > 0 ? "Monthly estimate increased by " + amount + " 📈"
        : s < 0 ? "Monthly estimate decreased by " + amount + " 📉" : "Monthly estimate unchanged";
  }

  private static String details(Estimate e, int room) {
    if (e.projects().stream().allMatch(p -> p.diffs().isEmpty())) {
      return "";
    }
    String counts = counts(e.projects());
    String body = new DiffText(e.currency()).render(e.projects(), Math.max(0, room - counts.length() - 20)) + counts;
    return Templates.render("details", new CommentViews.Details(Markdown.fenced(body))).stripTrailing();
  }

  private static String counts(List<ProjectEstimate> projects) {
    int total = 0;
    int priced = 0;
    int free = 0;
    int unsupported = 0;
    for (ProjectEstimate p : projects) {
      Counts c = Counts.of(p);
      total += c.total();
      priced += c.priced();
      free += c.free();
      unsupported += c.unsupported();
    }
    List<String> lines = new ArrayList<>();
    lines.add("\n" + total + " cloud resource" + (total == 1 ? " was" : "s were") + " detected:");
    if (priced > 0) {
      lines.add("∙ " + priced + (priced == 1 ? " was" : " were") + " estimated");
    }
    if (free > 0) {
      lines.add("∙ " + free + (free == 1 ? " was" : " were") + " free");
    }
    if (unsupported > 0) {
      lines.add("∙ " + unsupported + (unsupported == 1 ? " is" : " are") + " not supported yet");
    }
    return String.join("\n", lines) + "\n";
  }
}
