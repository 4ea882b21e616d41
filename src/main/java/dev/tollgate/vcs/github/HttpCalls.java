package dev.tollgate.vcs.github;

import dev.tollgate.vcs.Archives;
import dev.tollgate.vcs.VcsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.kohsuke.github.HttpException;

/**
 * The three GitHub calls github-api cannot make the way Tollgate needs: GraphQL (hiding a comment),
 * the installation-token exchange (so its expiry runs on an injectable clock) and archive downloads
 * (github-api buffers a whole response in memory; an archive is streamed to disk under a byte cap).
 * Errors come out as github-api's {@link HttpException}, so one translator serves every call.
 */
final class HttpCalls {

  private static final int MAX_REDIRECTS = 5;

  private final HttpClient client = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(20))
      .build();

  HttpResponse<String> postJson(URI uri, String authorization, String json) throws IOException {
    HttpRequest request = base(uri, authorization)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .build();
    return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /**
   * Streams {@code uri} into {@code file}, following redirects (the credentials go only to the host
   * they were meant for: GitHub sends archives from another host with a signed URL).
   */
  void download(URI uri, String authorization, Path file, long maxBytes, String what)
      throws IOException, VcsException {
    URI current = uri;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      boolean sameOrigin = Objects.equals(current.getHost(), uri.getHost()) && current.getPort() == uri.getPort();
      HttpRequest request = base(current, sameOrigin ? authorization : null).GET().build();
      HttpResponse<InputStream> response = send(request, HttpResponse.BodyHandlers.ofInputStream());
      int status = response.statusCode();
      if (status / 100 == 3) {
        String location = response.headers().firstValue("Location").orElse(null);
        response.body().close();
        if (location == null) {
          throw new HttpException("redirect without a Location", status, "", current.toString());
        }
        URI next = current.resolve(location);
        if ("https".equalsIgnoreCase(current.getScheme()) && !"https".equalsIgnoreCase(next.getScheme())) {
          throw new HttpException("refusing a redirect from https to " + next.getScheme(), status, "", current.toString());
        }
        current = next;
        continue;
      }
      if (status >= 400) {
        String body;
        try (InputStream in = response.body()) {
          body = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        }
        throw new HttpException(body, status, "", current.toString());
      }
      Archives.download(response.body(), file, maxBytes, what);
      return;
    }
    throw new HttpException("more than " + MAX_REDIRECTS + " redirects", 310, "", uri.toString());
  }

  private static HttpRequest.Builder base(URI uri, String authorization) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri)
        .timeout(Duration.ofMinutes(5))
        .header("Accept", "application/vnd.github+json")
        .header("X-GitHub-Api-Version", "2022-11-28")
        .header("User-Agent", "tollgate");
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return b;
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
    try {
      return client.send(request, handler);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while calling " + request.uri());
    }
  }
}
