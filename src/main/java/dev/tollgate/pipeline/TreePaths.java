package dev.tollgate.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Repository-relative paths (from a configuration, a changed-file list) resolved inside one tree:
 * absolute paths, {@code ..} that climbs out and symbolic links that lead out resolve to nothing.
 */
final class TreePaths {

  private TreePaths() {}

  /** The path inside {@code root}, which may not exist; empty when it would be outside. */
  static Optional<Path> inside(Path root, String relative) {
    try {
      if (relative.indexOf('\0') >= 0 || relative.startsWith("/") || relative.startsWith("~") || Path.of(relative).isAbsolute()) {
        return Optional.empty();
      }
      Path base = root.toAbsolutePath().normalize();
      Path target = base.resolve(relative).normalize();
      if (!target.startsWith(base)) {
        return Optional.empty();
      }
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !target.toRealPath().startsWith(base.toRealPath())) {
        return Optional.empty();
      }
      return Optional.of(target);
    } catch (InvalidPathException | IOException e) {
      return Optional.empty();
    }
  }

  /** The path inside {@code root} when it exists there. */
  static Optional<Path> existing(Path root, String relative) {
    return inside(root, relative).filter(Files::exists);
  }
}
