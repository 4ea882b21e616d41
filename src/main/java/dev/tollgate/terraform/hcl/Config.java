package dev.tollgate.terraform.hcl;

import java.util.List;
import java.util.Map;

/**
 * The configuration as Tollgate reads it, the same whether it came from {@code .tf} or
 * {@code .tf.json}: blocks with labels and bodies, and attribute expressions still unevaluated.
 */
final class Config {

  private Config() {}

  /**
   * An expression with the file it is in.
   *
   * @param node a rewrite-hcl {@code Expression}, or a Jackson {@code JsonNode} from a {@code .tf.json} file
   */
  record Expr(Object node, SourceFile file) {
    String location() {
      return file.location(node);
    }
  }

  record Body(Map<String, Expr> attributes, List<Block> blocks) {
    Body {
      attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
      blocks = List.copyOf(blocks);
    }

    List<Block> blocks(String type) {
      return blocks.stream().filter(b -> b.type().equals(type)).toList();
    }

    Expr attribute(String name) {
      return attributes.get(name);
    }
  }

  /** A block such as {@code resource "aws_instance" "web" { ... }}. */
  record Block(String type, List<String> labels, Body body, SourceFile file, Object node) {
    Block {
      labels = List.copyOf(labels);
    }

    String label(int i) {
      return i < labels.size() ? labels.get(i) : "";
    }

    String location() {
      return file.location(node);
    }
  }
}
