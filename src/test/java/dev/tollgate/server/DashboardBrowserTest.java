package dev.tollgate.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tollgate.store.EstimateHistory;
import dev.tollgate.store.EstimateSummary;
import dev.tollgate.store.ProjectTotal;
import dev.tollgate.store.Verdict;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard as a browser renders it: headless Chromium loads the page of a repository with five
 * merged estimates, and the DOM it built is checked; a screenshot is kept in target/dashboard.png.
 * Skipped when no Chromium is installed (.ci/run installs Debian's).
 */
class DashboardBrowserTest {

  @TempDir Path dir;

  @Test
  void a_repository_with_five_merged_estimates_shows_its_cost_trend() throws Exception {
    Optional<Path> chromium = chromium();
    assumeTrue(chromium.isPresent(), "Chromium is not installed (apt-get install chromium)");
    try (TollgateServer server = Servers.start(dir.resolve("data"))) {
      EstimateHistory history = new EstimateHistory(server.database());
      String[] network = {"32.85", "32.85", "65.70", "65.70", "65.70"};
      String[] app = {"140.16", "280.32", "280.32", "210.24", "420.48"};
      Instant t = Instant.parse("2026-03-02T09:00:00Z");
      for (int i = 0; i < 5; i++) {
        EstimateSummary s = new EstimateSummary(String.format("%07x", 0x9f3c2a0 + i) + "5".repeat(33), "USD", List.of(
            new ProjectTotal("network", new BigDecimal(i == 0 ? "0" : network[i - 1]), new BigDecimal(network[i])),
            new ProjectTotal("app", new BigDecimal(i == 0 ? "0" : app[i - 1]), new BigDecimal(app[i]))), Verdict.PASS, i);
        long pr = 10 + i;
        Instant at = t.plus(Duration.ofDays(3L * i));
        server.database().transaction(c -> history.record(c, pr, "github", "acme/infra", pr, s, true, at));
      }
      // A repository name as a hostile payload could spell it: it must come out as text.
      EstimateSummary odd = new EstimateSummary("1234567", "USD", List.of(new ProjectTotal("<b>x</b>", BigDecimal.ONE, BigDecimal.TEN)),
          Verdict.FAIL, 0);
      server.database().transaction(c -> history.record(c, 99, "github", "evil/<script>alert(1)</script>", 1, odd, false, t));

      String url = "http://127.0.0.1:" + server.port() + "/";
      String dom = run(chromium.get(), "--dump-dom", url);
      Path shot = Path.of("target", "dashboard.png").toAbsolutePath();
      Files.deleteIfExists(shot);
      run(chromium.get(), "--screenshot=" + shot, "--window-size=1100,1300", url);

      Matcher svg = Pattern.compile("<svg[^>]*data-repo=\"github:acme/infra\"[^>]*>(.*?)</svg>", Pattern.DOTALL).matcher(dom);
      assertThat(svg.find()).as("the trend chart of acme/infra").isTrue();
      List<String> monthly = new ArrayList<>();
      List<String> prs = new ArrayList<>();
      Matcher point = Pattern.compile("<circle class=\"point\"[^>]*data-pr=\"(\\d+)\" data-monthly=\"([0-9.]+)\"").matcher(svg.group(1));
      while (point.find()) {
        prs.add(point.group(1));
        monthly.add(point.group(2));
      }
      assertThat(prs).containsExactly("10", "11", "12", "13", "14");
      assertThat(monthly).containsExactly("173.01", "313.17", "346.02", "275.94", "486.18");
      assertThat(svg.group(1)).contains("<title>#14 merged 2026-03-14 09:00 UTC: $486.18/month (+$210.24)</title>");
      assertThat(dom).containsPattern("<strong class=\"current\">\\$486.18</strong> over 5 merged change");
      assertThat(dom).contains("evil/&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
      assertThat(Files.size(shot)).as("screenshot bytes").isGreaterThan(10_000);
    }
  }

  private static String run(Path chromium, String... args) throws Exception {
    Path profile = Files.createTempDirectory("tollgate-chromium");
    List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("chromium", ".out");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 90 s");
    }
    return Files.readString(out);
  }

  private static Optional<Path> chromium() {
    return Stream.of(System.getenv("PATH").split(File.pathSeparator))
        .flatMap(d -> Stream.of("chromium", "chromium-browser").map(n -> Path.of(d, n)))
        .filter(Files::isExecutable).findFirst();
  }
}
