package dev.tollgate.vcs.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.support.Shared;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** Paths and bodies of the GitHub recordings in ../shared/reference/vcs used by these tests. */
final class Recorded {

  static final String API = "reference/vcs/github-api-recordings/";
  static final String HUB4J = API + "hub4j-github-api/src/test/resources/org/kohsuke/github/";
  static final String DANGER = API + "danger/spec/fixtures/github_api/";
  static final ObjectMapper JSON = new ObjectMapper();

  private Recorded() {}

  static String text(String relative) {
    try {
      return Files.readString(Shared.path(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String relative) {
    try {
      return JSON.readTree(text(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
