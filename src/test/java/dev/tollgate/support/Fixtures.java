package dev.tollgate.support;

import java.nio.file.Path;

/** Fixtures this project wrote itself, under {@code test-fixtures/}. */
public final class Fixtures {

  private Fixtures() {}

  public static Path path(String relative) {
    return Path.of("test-fixtures").resolve(relative).toAbsolutePath();
  }
}
