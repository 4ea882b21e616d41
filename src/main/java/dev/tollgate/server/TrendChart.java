package dev.tollgate.server;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An inline SVG line chart of a {@link CostTrend}: time across (proportional), monthly cost up from
 * zero, one circle per merge with a tooltip. No script, no external resource.
 */
final class TrendChart {
  private TrendChart() {}

  private static final int W = 640;
  private static final int H = 200;
  private static final int LEFT = 80;
  private static final int RIGHT = 20;
  private static final int TOP = 16;
  private static final int BOTTOM = 28;

  static String svg(String repoLabel, CostTrend trend) {
    if (trend.points().isEmpty()) {
      return "<p class=\"muted no-trend\">No merged changes estimated yet: the trend starts with the first merge.</p>";
    }
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"trend\" role=\"img\" viewBox=\"0 0 ").append(W).append(' ').append(H)
        .append("\" width=\"").append(W).append("\" height=\"").append(H).append("\" data-repo=\"").append(Html.esc(repoLabel))
        .append("\" aria-label=\"Monthly cost of ").append(Html.esc(repoLabel)).append(" over merged changes\">");
    BigDecimal max = trend.points().stream().map(CostTrend.Point::monthly).reduce(BigDecimal.ZERO, BigDecimal::max);
    double top = max.signum() == 0 ? 1 : max.doubleValue() * 1.1;
    long t0 = trend.points().get(0).at().toEpochMilli();
    long t1 = trend.points().get(trend.points().size() - 1).at().toEpochMilli();
    int plotW = W - LEFT - RIGHT;
    int plotH = H - TOP - BOTTOM;
    // Axes and labels: zero, the top of the scale, first and last dates.
    s.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(TOP + plotH).append("\" x2=\"")
        .append(W - RIGHT).append("\" y2=\"").append(TOP + plotH).append("\" stroke=\"#999\"/>");
    s.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(TOP + plotH).append("\" text-anchor=\"end\" font-size=\"11\">")
        .append(Html.money(BigDecimal.ZERO, trend.currency())).append("</text>");
    s.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(TOP + 10).append("\" text-anchor=\"end\" font-size=\"11\">")
        .append(Html.money(new BigDecimal(top, MathContext.DECIMAL64), trend.currency())).append("</text>");
    s.append("<text x=\"").append(LEFT).append("\" y=\"").append(H - 8).append("\" font-size=\"11\">")
        .append(Html.day(trend.points().get(0).at())).append("</text>");
    s.append("<text x=\"").append(W - RIGHT).append("\" y=\"").append(H - 8).append("\" text-anchor=\"end\" font-size=\"11\">")
        .append(Html.day(trend.points().get(trend.points().size() - 1).at())).append("</text>");
    StringBuilder line = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    for (CostTrend.Point p : trend.points()) {
      double x = LEFT + (t1 == t0 ? plotW / 2.0 : plotW * (double) (p.at().toEpochMilli() - t0) / (t1 - t0));
      double y = TOP + plotH - plotH * p.monthly().doubleValue() / top;
      line.append(line.length() == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
      dots.append("<circle class=\"point\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
          .append("\" r=\"4\" fill=\"#1f6feb\" data-pr=\"").append(p.number()).append("\" data-monthly=\"")
          .append(p.monthly().toPlainString()).append("\"><title>#").append(p.number()).append(" merged ")
          .append(Html.when(p.at())).append(": ").append(Html.money(p.monthly(), trend.currency())).append("/month (")
          .append(Html.signedMoney(p.delta(), trend.currency())).append(")</title></circle>");
    }
    s.append("<polyline class=\"line\" fill=\"none\" stroke=\"#1f6feb\" stroke-width=\"2\" points=\"").append(line).append("\"/>");
    return s.append(dots).append("</svg>").toString();
  }

  private static String fmt(double v) {
    return String.format(java.util.Locale.ROOT, "%.1f", v);
  }
}
