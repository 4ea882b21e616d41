package dev.tollgate.policy;

import dev.tollgate.model.InputException;
import dev.tollgate.model.Problem;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code .tollgate.yml} files: each layer is parsed ({@link YamlReader}) and checked against the
 * schema on its own, so errors name the right file; then the server's defaults are merged under the
 * repository's settings (mappings key by key, anything else replaced) and the result is bound.
 */
public final class ConfigFiles {

  /** One configuration text and the name its errors are reported under. */
  public record Layer(String name, String text) {}

  private ConfigFiles() {}

  /** Reads a file; a file over the size limit is refused before it is read whole. */
  public static Layer layer(Path file) throws InputException {
    String name = file.toString();
    try {
      if (Files.size(file) > YamlReader.MAX_CHARS * 4L) {
        throw new InputException("config.too_large", "larger than " + YamlReader.MAX_CHARS / 1024
            + " KiB; a configuration file is a few hundred lines at most", name);
      }
      byte[] bytes = Files.readAllBytes(file);
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return new Layer(name, text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (NoSuchFileException e) {
      throw new InputException("config.missing", "no such file", name);
    } catch (CharacterCodingException e) {
      throw new InputException("config.encoding", "not UTF-8 text", name);
    } catch (IOException e) {
      throw new InputException("config.unreadable", "cannot read: " + e.getMessage(), name);
    }
  }

  /** One file's configuration, over the built-in defaults. */
  public static Config read(Path file) throws InputException {
    return merge(List.of(layer(file)));
  }

  public static Config parse(String name, String text) throws InputException {
    return merge(List.of(new Layer(name, text)));
  }

  /** Layers from the least to the most specific (server defaults first, the repository's file last). */
  public static Config merge(List<Layer> layers) throws InputException {
    SchemaCheck schema = SchemaCheck.shipped();
    List<Problem> problems = new ArrayList<>();
    Node.MapNode merged = null;
    List<String> names = new ArrayList<>();
    for (Layer l : layers) {
      Node tree = new YamlReader(l.name()).read(l.text());
      List<Problem> found = schema.check(tree);
      problems.addAll(found);
      if (found.isEmpty()) {
        merged = merged == null ? (Node.MapNode) tree : (Node.MapNode) over(merged, tree);
      }
      names.add(l.name());
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    if (merged == null) {
      return Config.DEFAULT;
    }
    ConfigBinder binder = new ConfigBinder();
    java.util.Collections.reverse(names);
    Config config = binder.bind(merged, String.join(" over ", names));
    if (!binder.problems().isEmpty()) {
      throw new InputException(binder.problems());
    }
    return config;
  }

  /** {@code top} over {@code base}: mappings merge key by key; lists and scalars replace. */
  static Node over(Node base, Node top) {
    if (!(base instanceof Node.MapNode) || !(top instanceof Node.MapNode)) {
      return top;
    }
    Map<String, Node.Entry> out = new LinkedHashMap<>(((Node.MapNode) base).entries());
    for (Node.Entry e : ((Node.MapNode) top).entries().values()) {
      Node.Entry under = out.get(e.key());
      out.put(e.key(), under == null ? e : new Node.Entry(e.key(), e.keyLoc(), over(under.value(), e.value())));
    }
    return new Node.MapNode(top.loc(), out);
  }
}
