package dev.tollgate.vcs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Downloads and unpacks repository archives, which come from pull requests and so are hostile until
 * proven otherwise: sizes are counted on the bytes actually read (never the sizes an archive declares),
 * an entry that would land outside the target (absolute, {@code ..}, drive letters) refuses the whole
 * archive, symbolic links and special files are never created, and nothing is overwritten.
 */
public final class Archives {

  private static final Pattern SEGMENT = Pattern.compile("[/\\\\]");
  private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:");
  private static final int UNIX_TYPE = 0170000;
  private static final int UNIX_FILE = 0100000;
  private static final int UNIX_DIR = 0040000;

  private Archives() {}

  /** Copies {@code in} to {@code file}, refusing more than {@code maxBytes}; {@code what} names it. */
  public static long download(InputStream in, Path file, long maxBytes, String what)
      throws IOException, VcsException {
    try (in; OutputStream out = Files.newOutputStream(file)) {
      return copyBounded(in, out, maxBytes, 0, what + " is larger than " + maxBytes + " bytes, the most Tollgate downloads");
    }
  }

  /**
   * Unpacks a zip archive into {@code target} (absent or empty). With {@code stripTopFolder} the first
   * path segment is dropped, as GitHub and GitLab put everything under {@code repo-sha/}.
   */
  public static Snapshot unzip(Path zip, Path target, Limits limits, boolean stripTopFolder)
      throws IOException, VcsException {
    Path root = prepare(target);
    List<String> skipped = new ArrayList<>();
    long written = 0;
    int files = 0;
    int entries = 0;
    try (ZipFile archive = open(zip)) {
      Enumeration<ZipArchiveEntry> all = archive.getEntriesInPhysicalOrder();
      while (all.hasMoreElements()) {
        ZipArchiveEntry entry = all.nextElement();
        if (++entries > limits.maxEntries()) {
          throw new VcsException.TooLarge("the archive has more than " + limits.maxEntries() + " entries, the most Tollgate unpacks");
        }
        String name = relativeName(entry.getName(), stripTopFolder);
        if (name.isEmpty()) {
          continue;
        }
        Path out = resolveInside(root, name, entry.getName());
        int type = entry.getUnixMode() & UNIX_TYPE;
        if (entry.isUnixSymlink()) {
          skipped.add(name + ": symbolic link, not followed");
        } else if (entry.isDirectory() || type == UNIX_DIR) {
          Files.createDirectories(out);
        } else if (type != 0 && type != UNIX_FILE) {
          skipped.add(name + ": not a regular file");
        } else {
          Files.createDirectories(out.getParent());
          try (InputStream in = archive.getInputStream(entry);
              OutputStream o = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            written = copyBounded(in, o, limits.maxExtractedBytes(), written,
                "the archive unpacks to more than " + limits.maxExtractedBytes() + " bytes, the most Tollgate unpacks");
          } catch (FileAlreadyExistsException e) {
            throw new VcsException.UnsafeArchive("the archive holds '" + entry.getName() + "' twice; refusing to overwrite it");
          }
          files++;
        }
      }
    }
    return new Snapshot(root, files, written, skipped);
  }

  private static ZipFile open(Path zip) throws VcsException {
    try {
      return ZipFile.builder().setPath(zip).get();
    } catch (IOException e) {
      throw new VcsException.UnsafeArchive("the archive is not a readable zip file (" + e.getMessage() + ")");
    }
  }

  private static Path prepare(Path target) throws IOException {
    Files.createDirectories(target);
    try (Stream<Path> s = Files.list(target)) {
      if (s.findAny().isPresent()) {
        throw new IOException("will not unpack into " + target + ": the folder is not empty");
      }
    }
    return target.toRealPath();
  }

  private static String relativeName(String raw, boolean stripTopFolder) {
    String name = raw;
    if (stripTopFolder) {
      int slash = name.indexOf('/');
      name = slash < 0 ? "" : name.substring(slash + 1);
    }
    while (name.endsWith("/")) {
      name = name.substring(0, name.length() - 1);
    }
    return name;
  }

  private static Path resolveInside(Path root, String name, String raw) throws VcsException {
    boolean escapes = name.startsWith("/") || name.startsWith("\\") || DRIVE.matcher(name).lookingAt()
        || name.indexOf('\0') >= 0;
    for (String segment : SEGMENT.split(name)) {
      escapes |= segment.equals("..");
    }
    Path out = root.resolve(name).normalize();
    if (escapes || !out.startsWith(root) || out.equals(root)) {
      throw new VcsException.UnsafeArchive("the archive entry '" + raw + "' points outside the folder it unpacks into; refusing the archive");
    }
    return out;
  }

  private static long copyBounded(InputStream in, OutputStream out, long max, long already, String tooLarge)
      throws IOException, VcsException {
    byte[] buffer = new byte[64 * 1024];
    long total = already;
    for (int n; (n = in.read(buffer)) > 0; ) {
      total += n;
      if (total > max) {
        throw new VcsException.TooLarge(tooLarge);
      }
      out.write(buffer, 0, n);
    }
    return total;
  }
}
