package dev.tollgate.store;

/** A repository as the history keys it: the code host ({@code github}, {@code gitlab}) and its full name. */
public record RepoRef(String host, String name) {
  /** {@code github:owner/name}. */
  public String label() {
    return host + ":" + name;
  }
}
