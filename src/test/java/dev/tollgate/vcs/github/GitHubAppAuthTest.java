package dev.tollgate.vcs.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.tollgate.support.HostStub;
import dev.tollgate.support.Shared;
import dev.tollgate.vcs.Limits;
import dev.tollgate.vcs.PullRequestRef;
import dev.tollgate.vcs.VcsException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GitHub App authentication against hub4j's recorded token exchange ({@code GHAppTest/createToken}:
 * installation 11111111, token {@code bogus}, expiring 2019-12-19T12:27:59Z): a JWT from the app's key
 * buys an installation token, which is reused until five minutes before it expires.
 */
class GitHubAppAuthTest {

  static final Instant EXPIRES = Instant.parse("2019-12-19T12:27:59Z");
  static KeyPair keys;

  @BeforeAll
  static void key() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    keys = g.generateKeyPair();
  }

  /** The key as GitHub hands it out: PKCS#1 (the PKCS#8 envelope of a 2048-bit RSA key is 26 bytes). */
  static String pkcs1Pem() {
    byte[] pkcs8 = keys.getPrivate().getEncoded();
    byte[] pkcs1 = Arrays.copyOfRange(pkcs8, 26, pkcs8.length);
    return "-----BEGIN RSA PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(pkcs1) + "\n-----END RSA PRIVATE KEY-----\n";
  }

  static final class SettableClock extends Clock {
    final AtomicReference<Instant> now;

    SettableClock(Instant start) {
      now = new AtomicReference<>(start);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }

  @Test
  void a_pkcs1_key_reads_as_the_same_rsa_key() throws Exception {
    assertThat(PrivateKeys.read(pkcs1Pem()).getEncoded()).isEqualTo(keys.getPrivate().getEncoded());
  }

  @Test
  void installation_token_is_cached_until_five_minutes_before_it_expires() throws Exception {
    SettableClock clock = new SettableClock(EXPIRES.minus(Duration.ofHours(1)));
    JsonNode bogusRepo = Recorded.json(Recorded.HUB4J
        + "GHAppTest/wiremock/createToken/__files/body-githubapp-create-installation-accesstokens.json").path("repositories").get(0);
    try (HostStub gh = HostStub.recorded(Shared.path(Recorded.HUB4J + "GHAppTest/wiremock/createToken"))) {
      gh.server.stubFor(get(urlPathEqualTo("/repos/bogus/bogus")).willReturn(okJson(bogusRepo.toString())));
      gh.server.stubFor(get(urlPathEqualTo("/repos/bogus/bogus/pulls/800")).willReturn(okJson(Recorded.text(Recorded.DANGER + "pr_response.json"))));
      GitHubHost host = GitHubHost.connect(new GitHubConfig(URI.create(gh.url()),
          new GitHubAuth.App("12345", pkcs1Pem(), 11111111), Limits.DEFAULT, gh.waits(clock, Duration.ofSeconds(90))));
      PullRequestRef ref = PullRequestRef.of("bogus/bogus", 800);

      host.pullRequest(ref);
      clock.now.set(EXPIRES.minus(Duration.ofMinutes(6)));
      host.pullRequest(ref);
      assertThat(gh.count(postRequestedFor(urlPathEqualTo("/app/installations/11111111/access_tokens")))).isEqualTo(1);

      clock.now.set(EXPIRES.minus(Duration.ofMinutes(4)));
      host.pullRequest(ref);
      assertThat(gh.count(postRequestedFor(urlPathEqualTo("/app/installations/11111111/access_tokens")))).isEqualTo(2);

      List<LoggedRequest> exchanges = gh.server.findAll(postRequestedFor(urlPathEqualTo("/app/installations/11111111/access_tokens")));
      String jwt = exchanges.get(0).getHeader("Authorization");
      assertThat(jwt).startsWith("Bearer ");
      JsonNode claims = Recorded.JSON.readTree(Base64.getUrlDecoder().decode(jwt.substring(7).split("\\.")[1]));
      assertThat(claims.path("iss").asText()).isEqualTo("12345");
      assertThat(gh.server.findAll(getRequestedFor(urlPathEqualTo("/repos/bogus/bogus/pulls/800"))))
          .allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("token bogus"));
    }
  }

  @Test
  void a_refused_exchange_is_unauthorized_and_names_app_and_installation_but_no_secret() throws Exception {
    try (HostStub gh = HostStub.start()) {
      gh.server.stubFor(post(urlPathEqualTo("/app/installations/42/access_tokens"))
          .willReturn(aResponse().withStatus(401)
              .withBody("{\"message\":\"A JSON web token could not be decoded\"}")));
      String pem = pkcs1Pem();
      GitHubHost host = GitHubHost.connect(new GitHubConfig(URI.create(gh.url()), new GitHubAuth.App("12345", pem, 42),
          Limits.DEFAULT, gh.waits()));
      assertThatThrownBy(() -> host.pullRequest(PullRequestRef.of("acme/infra", 1)))
          .isInstanceOf(VcsException.Unauthorized.class)
          .hasMessage("GitHub App 12345, installation 42: GitHub answered 401 (GitHub said: A JSON web token could not be decoded) "
              + "when asked for an installation token; check the app id, the private key, and that the app is installed on acme/infra")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(pem.substring(40, 80)));
      assertThat(new GitHubAuth.App("12345", pem, 42).toString()).doesNotContain("BEGIN").contains("redacted");
      assertThat(new GitHubAuth.Token("ghp_abc").toString()).doesNotContain("ghp_abc");
    }
  }

  @Test
  void a_key_that_is_not_pem_is_a_configuration_error_without_the_key_in_it() {
    assertThatThrownBy(() -> GitHubHost.connect(GitHubConfig.of(URI.create("http://127.0.0.1:1"),
        new GitHubAuth.App("1", "not-a-key-AAAASECRETAAAA", 1))))
        .isInstanceOf(VcsException.NotConfigured.class)
        .hasMessageContaining("not a PEM private key")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRET"));
  }
}
