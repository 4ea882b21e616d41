package dev.tollgate.pricing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the per-cloud lists under {@code dev/tollgate/pricing/{free,unsupported}/}: one entry per line, # comments. */
final class ResourceLists {

  static final List<String> CLOUDS = List.of("aws", "google", "azure");

  private ResourceLists() {}

  static List<String> lines(String folder) {
    List<String> out = new ArrayList<>();
    for (String cloud : CLOUDS) {
      String name = "/dev/tollgate/pricing/" + folder + "/" + cloud + ".txt";
      try (InputStream in = ResourceLists.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException(name + " is missing from the jar");
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
          if (!line.isBlank() && !line.startsWith("#")) {
            out.add(line.strip());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
