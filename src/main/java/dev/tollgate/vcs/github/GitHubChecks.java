package dev.tollgate.vcs.github;

import dev.tollgate.vcs.CheckReport;
import dev.tollgate.vcs.RepoRef;
import dev.tollgate.vcs.VcsException;
import java.io.IOException;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.kohsuke.github.GHCheckRun;
import org.kohsuke.github.GHCheckRunBuilder;
import org.kohsuke.github.GHCommitState;
import org.kohsuke.github.GHRepository;

/**
 * A {@link CheckReport} as a GitHub check run: the summary as its output, annotations on the lines of
 * the {@code .tf} files behind a broken budget. GitHub takes at most 50 annotations per request, so
 * the rest follow as updates of the same run. A commit status is the fallback for tokens that may not
 * create check runs.
 */
final class GitHubChecks {

  static final int ANNOTATIONS_PER_REQUEST = 50;
  static final int MAX_SUMMARY_CHARS = 65_535;
  static final int MAX_TITLE_CHARS = 255;
  static final int MAX_STATUS_DESCRIPTION = 140;

  private GitHubChecks() {}

  static void checkSizes(RepoRef repo, CheckReport report) throws VcsException {
    int chars = report.summary().codePointCount(0, report.summary().length());
    if (chars > MAX_SUMMARY_CHARS) {
      throw new VcsException.Rejected("the check summary for " + repo + " is " + chars
          + " characters; GitHub accepts at most " + MAX_SUMMARY_CHARS + ", so Tollgate did not send it", -1, null);
    }
  }

  static GHCheckRun checkRun(GHRepository repo, String sha, CheckReport report, Clock clock) throws IOException {
    GHCheckRunBuilder create = repo.createCheckRun(report.name(), sha);
    if (report.conclusion() == CheckReport.Conclusion.PENDING) {
      create.withStatus(GHCheckRun.Status.IN_PROGRESS);
    } else {
      create.withStatus(GHCheckRun.Status.COMPLETED)
          .withConclusion(conclusion(report.conclusion()))
          .withCompletedAt(Date.from(clock.instant()));
    }
    if (!report.detailsUrl().isEmpty()) {
      create.withDetailsURL(report.detailsUrl());
    }
    List<CheckReport.Annotation> all = report.annotations();
    int first = Math.min(all.size(), ANNOTATIONS_PER_REQUEST);
    GHCheckRun run = create.add(output(report, all.subList(0, first))).create();
    for (int from = first; from < all.size(); from += ANNOTATIONS_PER_REQUEST) {
      List<CheckReport.Annotation> batch = all.subList(from, Math.min(all.size(), from + ANNOTATIONS_PER_REQUEST));
      repo.updateCheckRun(run.getId()).add(output(report, batch)).create();
    }
    return run;
  }

  static Void commitStatus(GHRepository repo, String sha, CheckReport report) throws IOException {
    GHCommitState state;
    switch (report.conclusion()) {
      case PENDING:
        state = GHCommitState.PENDING;
        break;
      case FAILURE:
        state = GHCommitState.FAILURE;
        break;
      default:
        state = GHCommitState.SUCCESS;
    }
    repo.createCommitStatus(sha, state, report.detailsUrl().isEmpty() ? null : report.detailsUrl(),
        cut(report.title(), MAX_STATUS_DESCRIPTION), report.name());
    return null;
  }

  private static GHCheckRunBuilder.Output output(CheckReport report, List<CheckReport.Annotation> batch) {
    GHCheckRunBuilder.Output out = new GHCheckRunBuilder.Output(cut(report.title(), MAX_TITLE_CHARS), report.summary());
    for (CheckReport.Annotation a : batch) {
      GHCheckRunBuilder.Annotation ann = new GHCheckRunBuilder.Annotation(a.path(), a.line(), level(a.level()), a.message());
      if (!a.title().isEmpty()) {
        ann.withTitle(cut(a.title(), MAX_TITLE_CHARS));
      }
      out.add(ann);
    }
    return out;
  }

  private static GHCheckRun.Conclusion conclusion(CheckReport.Conclusion c) {
    switch (c) {
      case SUCCESS:
        return GHCheckRun.Conclusion.SUCCESS;
      case FAILURE:
        return GHCheckRun.Conclusion.FAILURE;
      default:
        return GHCheckRun.Conclusion.NEUTRAL;
    }
  }

  private static GHCheckRun.AnnotationLevel level(CheckReport.Level l) {
    switch (l) {
      case FAILURE:
        return GHCheckRun.AnnotationLevel.FAILURE;
      case WARNING:
        return GHCheckRun.AnnotationLevel.WARNING;
      default:
        return GHCheckRun.AnnotationLevel.NOTICE;
    }
  }

  static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
