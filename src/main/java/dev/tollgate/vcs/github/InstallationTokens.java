package dev.tollgate.vcs.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.kohsuke.github.GHIOException;
import org.kohsuke.github.authorization.AuthorizationProvider;
import org.kohsuke.github.extras.authorization.JWTTokenProvider;

/**
 * GitHub App authentication: a JWT signed with the app's key (github-api's {@link JWTTokenProvider},
 * on jjwt) is exchanged for an installation token, which is kept until {@link #RENEW_BEFORE} ahead of
 * its expiry by the given clock, then exchanged again. github-api asks this for every request.
 */
final class InstallationTokens implements AuthorizationProvider {

  static final Duration RENEW_BEFORE = Duration.ofMinutes(5);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The exchange failed; carries the status for the error translator, never the key or token. */
  static final class ExchangeFailed extends GHIOException {
    final int status;

    ExchangeFailed(String message, int status) {
      super(message);
      this.status = status;
    }
  }

  private final GitHubAuth.App app;
  private final JWTTokenProvider jwt;
  private final URI exchangeUrl;
  private final HttpCalls http;
  private final Clock clock;
  private String token;
  private Instant expiresAt = Instant.MIN;

  InstallationTokens(GitHubAuth.App app, JWTTokenProvider jwt, URI apiUrl, HttpCalls http, Clock clock) {
    this.app = app;
    this.jwt = jwt;
    this.exchangeUrl = URI.create(apiUrl + "/app/installations/" + app.installationId() + "/access_tokens");
    this.http = http;
    this.clock = clock;
  }

  @Override
  public synchronized String getEncodedAuthorization() throws IOException {
    if (token == null || !clock.instant().isBefore(expiresAt.minus(RENEW_BEFORE))) {
      exchange();
    }
    return "token " + token;
  }

  private void exchange() throws IOException {
    HttpResponse<String> response = http.postJson(exchangeUrl, jwt.getEncodedAuthorization(), "{}");
    String what = "GitHub App " + app.appId() + ", installation " + app.installationId();
    if (response.statusCode() != 201) {
      throw new ExchangeFailed(what + ": GitHub answered " + response.statusCode()
          + GitHubErrors.hostSays(response.body()) + " when asked for an installation token", response.statusCode());
    }
    JsonNode body = MAPPER.readTree(response.body());
    String fresh = body.path("token").asText("");
    try {
      Instant expiry = Instant.parse(body.path("expires_at").asText(""));
      if (fresh.isEmpty()) {
        throw new ExchangeFailed(what + ": GitHub's answer had no token", response.statusCode());
      }
      token = fresh;
      expiresAt = expiry;
    } catch (DateTimeParseException e) {
      throw new ExchangeFailed(what + ": GitHub's answer had no readable expires_at", response.statusCode());
    }
  }
}
