package dev.tollgate.vcs.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub's issue comments for one pull request, kept in memory so a sequence of pushes can be replayed:
 * seeded with comments recorded from real pull requests, new ones built from a recorded "created"
 * answer. Pages are capped at {@code pageCap} (GitHub caps at 100) so that a handful of recorded
 * comments already spans several pages and the marker has to be found past the first.
 */
public final class IssueCommentsFake implements ResponseDefinitionTransformerV2 {

  public static final String NAME = "github-issue-comments";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final List<ObjectNode> comments = new ArrayList<>();
  private final ObjectNode createdTemplate;
  private final int pageCap;
  private long nextId = 9_000_000_001L;

  public IssueCommentsFake(List<Path> seeds, Path createdAnswer, int pageCap) {
    try {
      for (Path seed : seeds) {
        for (JsonNode c : MAPPER.readTree(Files.readString(seed))) {
          comments.add((ObjectNode) c);
        }
      }
      createdTemplate = (ObjectNode) MAPPER.readTree(Files.readString(createdAnswer));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.pageCap = pageCap;
  }

  public synchronized List<ObjectNode> comments() {
    return List.copyOf(comments);
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
    switch (r.getMethod().getName()) {
      case "GET":
        return page(r, path);
      case "POST":
        ObjectNode created = createdTemplate.deepCopy();
        long id = nextId++;
        created.put("id", id).put("node_id", "IC_fake" + id).put("body", bodyOf(r))
            .put("url", "https://api.github.com" + path.replace("/issues/" + issueNumber(path) + "/comments", "/issues/comments/" + id));
        comments.add(created);
        return json(201, created.toString());
      case "PATCH":
        ObjectNode c = byId(path);
        if (c == null) {
          return json(404, "{\"message\":\"Not Found\"}");
        }
        c.put("body", bodyOf(r));
        return json(200, c.toString());
      case "DELETE":
        ObjectNode gone = byId(path);
        comments.remove(gone);
        return new ResponseDefinitionBuilder().withStatus(gone == null ? 404 : 204).build();
      default:
        return json(405, "{\"message\":\"method\"}");
    }
  }

  private ResponseDefinition page(Request r, String path) {
    int perPage = Math.min(pageCap, intParam(r, "per_page", 30));
    int page = intParam(r, "page", 1);
    int pages = Math.max(1, (comments.size() + perPage - 1) / perPage);
    ArrayNode body = MAPPER.createArrayNode();
    comments.stream().skip((long) (page - 1) * perPage).limit(perPage).forEach(body::add);
    ResponseDefinitionBuilder b = new ResponseDefinitionBuilder().withStatus(200)
        .withHeader("Content-Type", "application/json; charset=utf-8").withBody(body.toString());
    if (page < pages) {
      String base = r.getAbsoluteUrl().split("\\?")[0] + "?per_page=" + perPage + "&page=";
      b.withHeader("Link", "<" + base + (page + 1) + ">; rel=\"next\", <" + base + pages + ">; rel=\"last\"");
    }
    return b.build();
  }

  private ObjectNode byId(String path) {
    long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    return comments.stream().filter(c -> c.path("id").asLong() == id).findFirst().orElse(null);
  }

  private static String issueNumber(String path) {
    String[] parts = path.split("/");
    return parts[parts.length - 2];
  }

  private static String bodyOf(Request r) {
    return Json.read(r.getBodyAsString(), JsonNode.class).path("body").asText();
  }

  private static int intParam(Request r, String name, int absent) {
    QueryParameter q = r.queryParameter(name);
    return q.isPresent() ? Integer.parseInt(q.firstValue()) : absent;
  }

  private static ResponseDefinition json(int status, String body) {
    return new ResponseDefinitionBuilder().withStatus(status)
        .withHeader("Content-Type", "application/json; charset=utf-8").withBody(body).build();
  }
}
