package dev.tollgate.server;

import dev.tollgate.jobs.JobQueue;
import dev.tollgate.jobs.JobStatus;
import dev.tollgate.store.EstimateHistory;
import dev.tollgate.store.HistoryEntry;
import dev.tollgate.store.RepoRef;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.List;

/**
 * {@code GET /}: per repository, the cost trend over merged changes and the latest estimates; then
 * the latest jobs with their state, so "no pipeline configured" or a failure is visible. Server-side
 * HTML with inline CSS and SVG: no script, nothing fetched from elsewhere.
 */
final class Dashboard {

  private static final String STYLE = "body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1f2328}"
      + "h1{font-size:20px}h2{font-size:16px;margin-top:28px}table{border-collapse:collapse;margin:8px 0}"
      + "th,td{padding:4px 10px;border-bottom:1px solid #d0d7de;text-align:left}td.n{text-align:right}"
      + ".state-failed{color:#cf222e}.state-done{color:#1a7f37}.muted{color:#656d76}";

  private final EstimateHistory history;
  private final JobQueue queue;

  Dashboard(EstimateHistory history, JobQueue queue) {
    this.history = history;
    this.queue = queue;
  }

  void handle(Context ctx) throws SQLException {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Tollgate</title><style>")
        .append(STYLE).append("</style></head><body><h1>Tollgate</h1><p class=\"muted\">")
        .append(queue.depth()).append(" job(s) queued.</p>");
    List<RepoRef> repos = history.repositories(50);
    if (repos.isEmpty()) {
      h.append("<p id=\"no-estimates\">No estimates yet.</p>");
    }
    for (RepoRef repo : repos) {
      repository(h, repo);
    }
    jobs(h, queue.recent(30));
    ctx.contentType("text/html; charset=utf-8").result(h.append("</body></html>").toString());
  }

  private void repository(StringBuilder h, RepoRef ref) throws SQLException {
    String host = ref.host();
    String repo = ref.name();
    String label = ref.label();
    CostTrend trend = CostTrend.of(history.merged(host, repo, 200));
    h.append("<section class=\"repo\" data-repo=\"").append(Html.esc(label)).append("\"><h2>").append(Html.esc(repo))
        .append(" <span class=\"muted\">").append(Html.esc(host)).append("</span></h2>");
    if (!trend.points().isEmpty()) {
      CostTrend.Point last = trend.points().get(trend.points().size() - 1);
      h.append("<p>Monthly cost after the last merged change: <strong class=\"current\">")
          .append(Html.money(last.monthly(), trend.currency())).append("</strong> over ")
          .append(trend.points().size()).append(" merged change(s).</p>");
    }
    h.append(TrendChart.svg(label, trend));
    h.append("<table class=\"estimates\"><tr><th>PR</th><th>head</th><th>verdict</th><th>monthly after</th>"
        + "<th>change</th><th>unpriced</th><th>merged</th><th>estimated</th></tr>");
    for (HistoryEntry e : history.recent(host, repo, 10)) {
      String cur = e.summary().currency();
      h.append("<tr><td>#").append(e.number()).append("</td><td><code>").append(Html.shortSha(e.summary().headSha()))
          .append("</code></td><td>").append(e.summary().verdict().name().toLowerCase(java.util.Locale.ROOT))
          .append("</td><td class=\"n\">").append(Html.money(e.summary().monthlyAfter(), cur))
          .append("</td><td class=\"n\">").append(Html.signedMoney(e.summary().monthlyAfter().subtract(e.summary().monthlyBefore()), cur))
          .append("</td><td class=\"n\">").append(e.summary().unpriced()).append("</td><td>").append(e.merged() ? "yes" : "no")
          .append("</td><td>").append(Html.when(e.at())).append("</td></tr>");
    }
    h.append("</table></section>");
  }

  private static void jobs(StringBuilder h, List<JobStatus> jobs) {
    h.append("<h2>Latest jobs</h2><table class=\"jobs\"><tr><th>job</th><th>pull request</th><th>event</th><th>state</th>"
        + "<th>attempts</th><th>received</th><th>note</th></tr>");
    if (jobs.isEmpty()) {
      h.append("<tr><td colspan=\"7\" class=\"muted\">No jobs yet.</td></tr>");
    }
    for (JobStatus j : jobs) {
      String state = j.state().name().toLowerCase(java.util.Locale.ROOT);
      h.append("<tr><td>").append(j.id()).append("</td><td>").append(Html.esc(j.host().id() + ":" + j.repo()))
          .append(" #").append(j.number()).append("</td><td>").append(j.kind().name().toLowerCase(java.util.Locale.ROOT))
          .append("</td><td class=\"state-").append(state).append("\">").append(state).append("</td><td class=\"n\">")
          .append(j.attempts()).append("</td><td>").append(Html.when(j.receivedAt())).append("</td><td>")
          .append(Html.esc(j.note())).append("</td></tr>");
    }
    h.append("</table>");
  }
}
