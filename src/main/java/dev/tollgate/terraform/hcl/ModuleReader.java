package dev.tollgate.terraform.hcl;

import dev.tollgate.model.InputException;
import dev.tollgate.model.Problem;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/** Reads a module folder's configuration files into a {@link Module}; a syntax error is fatal. */
final class ModuleReader {

  private static final int MAX_FILES = 1000;

  private final Path root;
  private final Path displayBase;
  private final String displayPrefix;
  private final Map<Path, Module> cache = new LinkedHashMap<>();

  /**
   * @param displayBase the folder the user named; file names in messages are given relative to it
   * @param displayPrefix how the user wrote that folder
   */
  ModuleReader(Path root, Path displayBase, String displayPrefix) {
    this.root = root;
    this.displayBase = displayBase;
    this.displayPrefix = displayPrefix;
  }

  String display(Path file) {
    Path rel = displayBase.relativize(file);
    String r = rel.toString().replace('\\', '/');
    if (displayPrefix.isEmpty() || displayPrefix.equals(".")) {
      return r;
    }
    return Path.of(displayPrefix).resolve(rel).normalize().toString().replace('\\', '/');
  }

  Module read(Path dir) throws InputException {
    Module cached = cache.get(dir);
    if (cached != null) {
      return cached;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> {
        String n = p.getFileName().toString();
        return (n.endsWith(".tf") || n.endsWith(".tf.json")) && Files.isRegularFile(p);
      }).sorted().toList();
    } catch (IOException e) {
      throw new InputException(new Problem("hcl.folder", "cannot list the folder: " + e.getMessage(), display(dir)));
    }
    if (files.size() > MAX_FILES) {
      throw new InputException(new Problem("hcl.limit", "has more than " + MAX_FILES + " Terraform files", display(dir)));
    }
    List<Config.Body> bodies = readAll(files);
    List<Config.Block> primary = new ArrayList<>();
    List<Config.Block> overrides = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      String n = files.get(i).getFileName().toString();
      boolean override = n.equals("override.tf") || n.equals("override.tf.json") || n.endsWith("_override.tf") || n.endsWith("_override.tf.json");
      (override ? overrides : primary).addAll(bodies.get(i).blocks());
    }
    Module m = assemble(dir, Overrides.apply(primary, overrides));
    cache.put(dir, m);
    return m;
  }

  /** Parses a module's files on the common pool: most of a cold load is parsing, and files are independent. */
  private List<Config.Body> readAll(List<Path> files) throws InputException {
    if (files.size() < 2) {
      List<Config.Body> one = new ArrayList<>();
      for (Path f : files) {
        one.add(readFile(f));
      }
      return one;
    }
    List<CompletableFuture<Config.Body>> parts = new ArrayList<>();
    for (Path f : files) {
      parts.add(CompletableFuture.supplyAsync(() -> {
        try {
          return readFile(f);
        } catch (InputException e) {
          throw new CompletionException(e);
        }
      }));
    }
    List<Config.Body> out = new ArrayList<>();
    for (CompletableFuture<Config.Body> p : parts) {
      try {
        out.add(p.join());
      } catch (CompletionException e) {
        if (e.getCause() instanceof InputException) {
          throw (InputException) e.getCause();
        }
        throw e;
      }
    }
    return out;
  }

  private Config.Body readFile(Path f) throws InputException {
    String display = display(f);
    try {
      if (!f.toRealPath().startsWith(root)) {
        throw new InputException(new Problem("hcl.sandbox", "is a symbolic link that leads out of the repository; it was not read", display));
      }
      if (Files.size(f) > Sandbox.MAX_FILE_BYTES) {
        throw new InputException(new Problem("hcl.limit", "is larger than " + (Sandbox.MAX_FILE_BYTES >> 20) + " MiB", display));
      }
      String text = decode(Files.readAllBytes(f), display);
      if (f.getFileName().toString().endsWith(".json")) {
        SourceFile sf = new SourceFile(display, text, null);
        return JsonFiles.body(sf, JsonFiles.read(display, text));
      }
      return HclFiles.body(HclFiles.parse(display, text));
    } catch (IOException e) {
      throw new InputException(new Problem("hcl.unreadable", "cannot read: " + e.getMessage(), display));
    }
  }

  static String decode(byte[] bytes, String display) throws InputException {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    } catch (CharacterCodingException e) {
      throw new InputException(new Problem("hcl.encoding", "is not UTF-8 text; Terraform files must be UTF-8", display));
    }
  }

  private static Module assemble(Path dir, List<Config.Block> blocks) {
    Map<String, Config.Block> variables = new LinkedHashMap<>();
    Map<String, Config.Expr> locals = new LinkedHashMap<>();
    Map<String, Config.Block> outputs = new LinkedHashMap<>();
    List<Config.Block> resources = new ArrayList<>();
    List<Config.Block> data = new ArrayList<>();
    Map<String, Config.Block> calls = new LinkedHashMap<>();
    List<Config.Block> providers = new ArrayList<>();
    for (Config.Block b : blocks) {
      switch (b.type()) {
        case "variable": variables.put(b.label(0), b); break;
        case "locals": locals.putAll(b.body().attributes()); break;
        case "output": outputs.put(b.label(0), b); break;
        case "resource": resources.add(b); break;
        case "data": data.add(b); break;
        case "module": calls.put(b.label(0), b); break;
        case "provider": providers.add(b); break;
        default:
          // terraform, moved, import, check, removed: nothing to deploy or price.
          break;
      }
    }
    return new Module(dir, variables, locals, outputs, resources, data, calls, providers);
  }
}
