package dev.tollgate.vcs;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A repository unpacked at one commit. {@code skipped} lists entries that were not written, with the
 * reason ({@code modules/shared: symbolic link, not followed}), so a report can say what it did not see.
 */
public record Snapshot(Path root, int files, long bytes, List<String> skipped) {

  public Snapshot {
    Objects.requireNonNull(root, "root");
    skipped = List.copyOf(skipped);
  }
}
