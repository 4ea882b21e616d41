package dev.tollgate.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WireMock extension that remembers issue comments the way GitHub's REST API does, for the three
 * calls a bot makes: list a pull request's comments, post one, edit one. WireMock itself records and
 * counts every request, so tests can count posts per pull request. A comment is stored when the
 * request arrives, before any configured delay: a client killed while waiting for the answer has
 * still posted, exactly the case a crash-safe bot must survive.
 */
public final class FakeGitHubComments implements ResponseDefinitionTransformerV2 {

  public static final String NAME = "fake-github-comments";
  // GitHub Enterprise puts the same routes under /api/v3.
  private static final Pattern LIST_OR_POST = Pattern.compile("(?:/api/v3)?/repos/([^/]+/[^/]+)/issues/(\\d+)/comments(\\?.*)?");
  private static final Pattern EDIT = Pattern.compile("(?:/api/v3)?/repos/([^/]+/[^/]+)/issues/comments/(\\d+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, List<Map<String, Object>>> byIssue = new ConcurrentHashMap<>();
  private final Map<Long, Map<String, Object>> byId = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong(1000);
  private final int postDelayMillis;

  /** @param postDelayMillis how long a post waits before it is answered (after the comment is stored) */
  public FakeGitHubComments(int postDelayMillis) {
    this.postDelayMillis = postDelayMillis;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  /** Comments stored so far, on every issue. */
  public int total() {
    return byId.size();
  }

  /** The comments on {@code owner/repo#number}, oldest first. */
  public List<Map<String, Object>> comments(String repo, long number) {
    List<Map<String, Object>> list = byIssue.getOrDefault(repo + "#" + number, List.of());
    synchronized (list) {
      return List.copyOf(list);
    }
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request r = event.getRequest();
    try {
      Matcher m = LIST_OR_POST.matcher(r.getUrl());
      if (m.matches()) {
        List<Map<String, Object>> list = byIssue.computeIfAbsent(m.group(1) + "#" + m.group(2), k -> new ArrayList<>());
        synchronized (list) {
          if (r.getMethod().getName().equals("GET")) {
            return json(200, list);
          }
          if (r.getMethod().getName().equals("POST")) {
            Map<String, Object> c = new ConcurrentHashMap<>();
            c.put("id", ids.incrementAndGet());
            c.put("body", JSON.readTree(r.getBodyAsString()).path("body").asText());
            // github-api reads the author of a comment it edits.
            c.put("user", Map.of("login", "tollgate[bot]", "id", 1));
            list.add(c);
            byId.put((Long) c.get("id"), c);
            return ResponseDefinitionBuilder.like(json(201, c)).withFixedDelay(postDelayMillis).build();
          }
        }
      }
      Matcher e = EDIT.matcher(r.getUrl());
      if (e.matches() && r.getMethod().getName().equals("PATCH")) {
        Map<String, Object> c = byId.get(Long.parseLong(e.group(2)));
        if (c == null) {
          return json(404, Map.of("message", "Not Found"));
        }
        c.put("body", JSON.readTree(r.getBodyAsString()).path("body").asText());
        return json(200, c);
      }
      return json(404, Map.of("message", "Not Found"));
    } catch (IOException ex) {
      return json(400, Map.of("message", "Problems parsing JSON"));
    }
  }

  private static ResponseDefinition json(int status, Object body) {
    try {
      return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
          .withHeader("Content-Type", "application/json").withBody(JSON.writeValueAsString(body)).build();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
