package dev.tollgate.vcs;

import java.util.Objects;
import java.util.Optional;

/** A file a pull request touches; {@code previousPath} is set for renames. */
public record ChangedFile(String path, Status status, Optional<String> previousPath) {

  /** What happened to the file, in the vocabulary both hosts can express. */
  public enum Status { ADDED, MODIFIED, REMOVED, RENAMED, COPIED, UNCHANGED }

  public ChangedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(previousPath, "previousPath");
  }
}
