package dev.tollgate.pricing;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resource types that cost nothing by themselves (IAM, security groups, VPCs, subnets, route
 * tables...), listed per cloud in {@code free/<cloud>.txt}, and providers whose every resource is
 * free (random, null, time, tls, local).
 */
public final class FreeResources {

  private static final Set<String> FREE_PROVIDERS =
      Set.of("archive", "cloudinit", "external", "http", "local", "null", "random", "template", "terraform", "time", "tls");
  private static final Set<String> TYPES = Collections.unmodifiableSet(new TreeSet<>(ResourceLists.lines("free")));

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
}
