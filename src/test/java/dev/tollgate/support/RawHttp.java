package dev.tollgate.support;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * A recorded raw HTTP response (danger's {@code spec/fixtures/gitlab_api/*.json}: status line, headers,
 * blank line, body) served as it was, minus the headers that describe the old connection.
 */
public final class RawHttp {

  private static final Set<String> DROPPED = Set.of("content-length", "transfer-encoding", "connection", "link");

  private RawHttp() {}

  public static ResponseDefinitionBuilder response(Path file) {
    String raw;
    try {
      raw = Files.readString(file).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int split = raw.indexOf("\n\n");
    String[] head = raw.substring(0, split).split("\n");
    ResponseDefinitionBuilder b = WireMock.aResponse().withStatus(Integer.parseInt(head[0].split(" ")[1]));
    for (int i = 1; i < head.length; i++) {
      int colon = head[i].indexOf(':');
      String name = head[i].substring(0, colon).trim();
      if (!DROPPED.contains(name.toLowerCase(Locale.ROOT))) {
        b.withHeader(name, head[i].substring(colon + 1).trim());
      }
    }
    return b.withBody(body(file));
  }

  /** Just the body of a recorded raw response. */
  public static String body(Path file) {
    try {
      String raw = Files.readString(file).replace("\r\n", "\n");
      return raw.substring(raw.indexOf("\n\n") + 2);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
