package dev.tollgate.terraform.hcl;

import java.util.Objects;

/**
 * Where a resource block starts: its file as the loader names it (the folder it was given, then the
 * path inside it, as in its messages) and the 1-based line of the block.
 */
public record SourceLine(String file, int line) {
  public SourceLine {
    Objects.requireNonNull(file, "file");
    if (line < 1) {
      throw new IllegalArgumentException("lines start at 1, got " + line);
    }
  }
}
