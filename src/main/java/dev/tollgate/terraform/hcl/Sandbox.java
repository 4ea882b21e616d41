package dev.tollgate.terraform.hcl;

import dev.tollgate.terraform.hcl.functions.FileAccess;
import dev.tollgate.terraform.hcl.functions.FnException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The only way evaluation touches the disk. Paths are taken relative to the root module's folder,
 * as Terraform does, and must stay inside the repository root: absolute paths, {@code ..} that
 * climbs out, and symbolic links that point out are refused before anything is opened.
 */
final class Sandbox implements FileAccess {

  static final long MAX_FILE_BYTES = 4L << 20;
  private static final int MAX_GLOB_FILES = 10_000;

  private final Path root;
  private final Path base;
  private TemplateFiles templates;

  /** Both paths must already be real (symbolic links resolved). */
  Sandbox(Path root, Path base) {
    this.root = root;
    this.base = base;
  }

  void templates(TemplateFiles templates) {
    this.templates = templates;
  }

  Path root() {
    return root;
  }

  Path base() {
    return base;
  }

  /** Where {@code path} (relative to {@code from}) is, if it is inside the repository. */
  Optional<Path> inside(Path from, String path) {
    try {
      if (path.indexOf('\0') >= 0 || Path.of(path).isAbsolute() || path.startsWith("~")) {
        return Optional.empty();
      }
      Path target = from.resolve(path).normalize();
      if (!target.startsWith(root)) {
        return Optional.empty();
      }
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !target.toRealPath().startsWith(root)) {
        return Optional.empty();
      }
      return Optional.of(target);
    } catch (InvalidPathException | IOException e) {
      return Optional.empty();
    }
  }

  private Path resolve(String path) {
    try {
      if (path.indexOf('\0') >= 0) {
        throw FnException.sandbox("\"" + printable(path) + "\" is not a valid path");
      }
      if (Path.of(path).isAbsolute() || path.startsWith("~")) {
        throw FnException.sandbox("\"" + printable(path)
            + "\" is an absolute path; Tollgate reads files inside the repository only, by relative path");
      }
      Path target = base.resolve(path).normalize();
      if (!target.startsWith(root)) {
        throw FnException.sandbox("\"" + printable(path) + "\" is outside the repository; Tollgate reads files inside it only");
      }
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !target.toRealPath().startsWith(root)) {
        throw FnException.sandbox("\"" + printable(path) + "\" is a symbolic link that leads out of the repository; it was not read");
      }
      return target;
    } catch (InvalidPathException e) {
      throw FnException.sandbox("\"" + printable(path) + "\" is not a valid path");
    } catch (IOException e) {
      throw new FnException("cannot read \"" + printable(path) + "\": " + e.getMessage());
    }
  }

  @Override
  public byte[] read(String path) {
    Path p = resolve(path);
    if (!Files.isRegularFile(p)) {
      throw new FnException("no such file \"" + printable(path) + "\" in the repository");
    }
    try {
      if (Files.size(p) > MAX_FILE_BYTES) {
        throw FnException.limit("\"" + printable(path) + "\" is larger than " + (MAX_FILE_BYTES >> 20) + " MiB");
      }
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new FnException("cannot read \"" + printable(path) + "\": " + e.getMessage());
    }
  }

  @Override
  public boolean exists(String path) {
    return Files.isRegularFile(resolve(path));
  }

  @Override
  public List<String> glob(String dir, String pattern) {
    Path d = resolve(dir);
    if (!Files.isDirectory(d)) {
      return List.of();
    }
    PathMatcher m;
    try {
      m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    } catch (IllegalArgumentException e) {
      throw new FnException("fileset() pattern \"" + printable(pattern) + "\" is not valid");
    }
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(d, 32, new FileVisitOption[0])) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && m.matches(d.relativize(f))) {
          out.add(d.relativize(f).toString().replace('\\', '/'));
          if (out.size() > MAX_GLOB_FILES) {
            throw FnException.limit("fileset() matched more than " + MAX_GLOB_FILES + " files");
          }
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new FnException("fileset() cannot list \"" + printable(dir) + "\"");
    }
    out.sort(null);
    return out;
  }

  @Override
  public dev.tollgate.model.Value template(String path, dev.tollgate.model.Value vars) {
    if (templates == null) {
      return FileAccess.super.template(path, vars);
    }
    return templates.render(path, new String(read(path), java.nio.charset.StandardCharsets.UTF_8), vars);
  }

  private static String printable(String s) {
    String p = s.replaceAll("\\p{Cntrl}", "?");
    return p.length() <= 80 ? p : p.substring(0, 77) + "...";
  }
}
