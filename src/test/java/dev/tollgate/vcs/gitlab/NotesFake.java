package dev.tollgate.vcs.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The notes of one GitLab merge request, in memory: seeded with notes recorded on gitlab.com (system
 * notes and another bot's note among them), new ones built from gitlab4j's recorded note. Pages carry
 * GitLab's X-Page / X-Total-Pages headers and are capped at {@code pageCap} (GitLab caps at 100).
 */
public final class NotesFake implements ResponseDefinitionTransformerV2 {

  public static final String NAME = "gitlab-notes";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final List<ObjectNode> notes = new ArrayList<>();
  private final ObjectNode template;
  private final int pageCap;
  private long nextId = 500_000_001L;

  public NotesFake(List<String> seedBodies, String createdTemplate, int pageCap) {
    try {
      for (String seed : seedBodies) {
        for (JsonNode n : MAPPER.readTree(seed)) {
          notes.add((ObjectNode) n);
        }
      }
      template = (ObjectNode) MAPPER.readTree(createdTemplate);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.pageCap = pageCap;
  }

  public synchronized List<ObjectNode> notes() {
    return List.copyOf(notes);
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public synchronized ResponseDefinition transform(ServeEvent event) {
    Request r = event.getRequest();
    String path = r.getUrl().split("\\?")[0];
    String method = r.getMethod().getName();
    if (method.equals("GET")) {
      return page(r);
    }
    if (method.equals("POST")) {
      ObjectNode n = template.deepCopy().put("id", nextId++).put("body", form(r, "body"));
      notes.add(n);
      return json(201, n.toString());
    }
    long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    ObjectNode n = notes.stream().filter(x -> x.path("id").asLong() == id).findFirst().orElse(null);
    if (n == null) {
      return json(404, "{\"message\":\"404 Not found\"}");
    }
    if (method.equals("DELETE")) {
      notes.remove(n);
      return new ResponseDefinitionBuilder().withStatus(204).build();
    }
    n.put("body", form(r, "body"));
    return json(200, n.toString());
  }

  private ResponseDefinition page(Request r) {
    int perPage = Math.min(pageCap, intParam(r, "per_page", 20));
    int page = intParam(r, "page", 1);
    int pages = Math.max(1, (notes.size() + perPage - 1) / perPage);
    ArrayNode body = MAPPER.createArrayNode();
    notes.stream().skip((long) (page - 1) * perPage).limit(perPage).forEach(body::add);
    return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json")
        .withHeader("X-Page", Integer.toString(page)).withHeader("X-Per-Page", Integer.toString(perPage))
        .withHeader("X-Total", Integer.toString(notes.size())).withHeader("X-Total-Pages", Integer.toString(pages))
        .withHeader("X-Next-Page", page < pages ? Integer.toString(page + 1) : "")
        .withBody(body.toString()).build();
  }

  /** gitlab4j sends note bodies as form fields. */
  private static String form(Request r, String field) {
    for (String pair : r.getBodyAsString().split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(field)) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    QueryParameter q = r.queryParameter(field);
    return q.isPresent() ? q.firstValue() : "";
  }

  private static int intParam(Request r, String name, int absent) {
    QueryParameter q = r.queryParameter(name);
    return q.isPresent() ? Integer.parseInt(q.firstValue()) : absent;
  }

  private static ResponseDefinition json(int status, String body) {
    return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody(body).build();
  }
}
