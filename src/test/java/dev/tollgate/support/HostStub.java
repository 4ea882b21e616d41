package dev.tollgate.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.jknack.handlebars.Helper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.TemplateHelperProviderExtension;
import com.github.tomakehurst.wiremock.extension.responsetemplating.helpers.HandlebarsCurrentDateHelper;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.tollgate.vcs.Waits;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A code host on localhost: WireMock, optionally serving a recorded {@code mappings/} + {@code __files/}
 * folder from {@code ../shared} in place, with response templating on (hub4j's recordings use
 * {@code {{now}}} and their own {@code {{testStartDate}}}, which is the same thing here). {@link #waits}
 * hands out a {@link Waits} whose sleeps are recorded instead of taken.
 */
public final class HostStub implements AutoCloseable {

  public final WireMockServer server;
  public final List<Duration> slept = new CopyOnWriteArrayList<>();

  private HostStub(WireMockConfiguration config) {
    server = new WireMockServer(config);
    server.start();
  }

  public static HostStub start(Extension... extensions) {
    return new HostStub(config(extensions));
  }

  /** Serves a recorded WireMock folder (its {@code mappings/} and {@code __files/}) as it is. */
  public static HostStub recorded(Path folder, Extension... extensions) {
    return new HostStub(config(extensions).usingFilesUnderDirectory(folder.toString()));
  }

  private static WireMockConfiguration config(Extension... extensions) {
    List<Extension> all = new ArrayList<>(List.of(extensions));
    all.add(new TestStartDate());
    return options().dynamicPort().bindAddress("127.0.0.1").globalTemplating(true)
        .extensions(all.toArray(new Extension[0]));
  }

  public String url() {
    return "http://127.0.0.1:" + server.port();
  }

  public Waits waits() {
    return waits(Clock.systemUTC(), Duration.ofSeconds(90));
  }

  public Waits waits(Clock clock, Duration maxWait) {
    return new Waits(clock, slept::add, maxWait, 3);
  }

  public int count(RequestPatternBuilder pattern) {
    return server.countRequestsMatching(pattern.build()).getCount();
  }

  @Override
  public void close() {
    server.stop();
  }

  /** hub4j/github-api's recordings say {@code testStartDate} where WireMock says {@code now}. */
  private static final class TestStartDate implements TemplateHelperProviderExtension {
    @Override
    public Map<String, Helper<?>> provideTemplateHelpers() {
      HandlebarsCurrentDateHelper now = new HandlebarsCurrentDateHelper();
      // Called like {{now}}: no date argument, so the context must not be taken for one.
      Helper<Object> helper = (context, options) -> now.apply((java.util.Date) null, options);
      return Map.of("testStartDate", helper);
    }

    @Override
    public String getName() {
      return "test-start-date";
    }
  }
}
