package dev.tollgate.terraform.hcl;

import java.util.Map;
import org.openrewrite.Tree;
import org.openrewrite.hcl.tree.Hcl;

/**
 * One configuration file as read: its name for messages, its text, and (for {@code .tf} files) the
 * rewrite-hcl tree. Line and column of a tree node are worked out only when a message needs one.
 */
final class SourceFile {

  final String display;
  final String text;
  final Hcl.ConfigFile tree;
  private Map<java.util.UUID, Integer> offsets;

  SourceFile(String display, String text, Hcl.ConfigFile tree) {
    this.display = display;
    this.text = text;
    this.tree = tree;
  }

  /** {@code file:line:col} of a node, or just the file when the node is not from this file's tree. */
  String location(Object node) {
    int[] lc = lineCol(node);
    return lc == null ? display : display + ":" + lc[0] + ":" + lc[1];
  }

  /** 1-based line and column of a node of this file's tree, or null when it is not one. */
  int[] lineCol(Object node) {
    if (!(node instanceof Tree) || tree == null) {
      return null;
    }
    synchronized (this) {
      if (offsets == null) {
        offsets = Positions.offsets(tree);
      }
    }
    Integer at = offsets.get(((Tree) node).getId());
    return at == null ? null : Positions.lineCol(text, at);
  }
}
