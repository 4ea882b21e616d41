package dev.tollgate.pricing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resource types that cost nothing by themselves (IAM, security groups, VPCs, subnets, route
 * tables...), from {@code free-resources.txt}, one type per line, grouped by provider and sorted, and
 * providers whose every resource is free (random, null, time, tls, local).
 */
public final class FreeResources {

  private static final String RESOURCE = "/dev/tollgate/pricing/free-resources.txt";
  private static final Set<String> FREE_PROVIDERS =
      Set.of("archive", "cloudinit", "external", "http", "local", "null", "random", "template", "terraform", "time", "tls");
  private static final Set<String> TYPES = load();

  private FreeResources() {}

  public static boolean isFree(String type) {
    return TYPES.contains(type) || FREE_PROVIDERS.contains(providerOf(type));
  }

  public static Set<String> types() {
    return TYPES;
  }

  public static Set<String> freeProviders() {
    return FREE_PROVIDERS;
  }

  static String providerOf(String type) {
    int u = type.indexOf('_');
    return u > 0 ? type.substring(0, u) : type;
  }

  private static Set<String> load() {
    Set<String> out = new TreeSet<>();
    try (InputStream in = FreeResources.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableSet(out);
  }
}
