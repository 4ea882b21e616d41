package dev.tollgate.pipeline;

import dev.tollgate.model.InputException;
import dev.tollgate.terraform.hcl.ModuleCalls;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The Terraform folders of one tree and which of them call which as local modules. A root module is
 * a folder with {@code .tf} files that no other folder calls; a change to a module reaches every
 * root that calls it, directly or through other modules. Hidden folders ({@code .git},
 * {@code .terraform}) and {@code node_modules} are not looked into; symbolic links are not followed.
 */
final class ModuleGraph {

  static final int MAX_FOLDERS = 10_000;
  private static final int MAX_DEPTH = 32;
  private static final Pattern MODULE_BLOCK = Pattern.compile("(?m)^\\s*\"?module\"?\\s*[\"{:]");

  /** Folder (relative, {@code .} for the root) to the folders it calls. */
  private final Map<String, Set<String>> calls;
  private final Map<String, Set<String>> callers = new HashMap<>();

  private ModuleGraph(Map<String, Set<String>> calls) {
    this.calls = calls;
    calls.forEach((from, tos) -> tos.forEach(to -> {
      if (!to.equals(from)) {
        callers.computeIfAbsent(to, k -> new TreeSet<>()).add(from);
      }
    }));
  }

  /** Reads the tree; a folder whose files do not parse is kept, without calls (estimating it reports the error). */
  static ModuleGraph of(Path root) throws IOException {
    Path realRoot = root.toRealPath();
    Map<String, Set<String>> calls = new TreeMap<>();
    Files.walkFileTree(realRoot, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        String name = dir.equals(realRoot) ? "" : dir.getFileName().toString();
        if (name.startsWith(".") || name.equals("node_modules")) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        if (calls.size() >= MAX_FOLDERS) {
          return FileVisitResult.TERMINATE;
        }
        List<Path> tf;
        try (var s = Files.list(dir)) {
          // Not through symbolic links: a checkout's link may point anywhere on the machine.
          tf = s.filter(p -> isConfiguration(p.getFileName().toString()) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
        }
        if (!tf.isEmpty()) {
          calls.put(relative(realRoot, dir), localCalls(realRoot, dir, tf));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE;
      }
    });
    return new ModuleGraph(calls);
  }

  static boolean isConfiguration(String fileName) {
    return fileName.endsWith(".tf") || fileName.endsWith(".tf.json");
  }

  private static Set<String> localCalls(Path root, Path dir, List<Path> files) throws IOException {
    boolean mayCall = false;
    for (Path f : files) {
      // Parsing is the expensive part; a folder without a module block has nothing to parse for.
      if (Files.size(f) < (8 << 20) && MODULE_BLOCK.matcher(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).find()) {
        mayCall = true;
        break;
      }
    }
    Set<String> out = new TreeSet<>();
    if (!mayCall) {
      return out;
    }
    try {
      for (Path p : ModuleCalls.localSources(root, dir)) {
        out.add(relative(root, p));
      }
    } catch (InputException | RuntimeException unreadable) {
      // Reported when the folder itself is estimated; here it only has no known calls.
    }
    return out;
  }

  static String relative(Path root, Path dir) {
    String r = root.relativize(dir).toString().replace('\\', '/');
    return r.isEmpty() ? "." : r;
  }

  boolean has(String folder) {
    return calls.containsKey(folder);
  }

  boolean isRoot(String folder) {
    return has(folder) && !callers.containsKey(folder);
  }

  /** The root modules that {@code folder} is, or that call it through any chain of modules. */
  Set<String> rootsReaching(String folder) {
    Set<String> out = new TreeSet<>();
    if (!has(folder)) {
      return out;
    }
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(folder));
    while (!todo.isEmpty()) {
      String f = todo.pop();
      if (!seen.add(f)) {
        continue;
      }
      if (isRoot(f)) {
        out.add(f);
      }
      todo.addAll(callers.getOrDefault(f, Set.of()));
    }
    return out;
  }

  Set<String> folders() {
    return calls.keySet();
  }
}
