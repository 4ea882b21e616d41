package dev.tollgate.jobs;

/** The code hosts a delivery can come from. */
public enum Host {
  GITHUB, GITLAB;

  /** The lower-case name stored in the database and shown on the dashboard. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Host of(String id) {
    return valueOf(id.toUpperCase(java.util.Locale.ROOT));
  }
}
