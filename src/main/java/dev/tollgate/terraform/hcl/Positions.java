package dev.tollgate.terraform.hcl;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.openrewrite.PrintOutputCapture;
import org.openrewrite.Tree;
import org.openrewrite.hcl.internal.HclPrinter;
import org.openrewrite.hcl.tree.Hcl;
import org.openrewrite.hcl.tree.Space;

/**
 * Where each node of a rewrite-hcl tree starts in its file. The tree keeps no positions, but it
 * prints back byte for byte, so printing it once while noting where each node's text begins gives
 * them; that happens only for a file that a message points into.
 */
final class Positions {

  private Positions() {}

  static Map<UUID, Integer> offsets(Hcl.ConfigFile file) {
    Map<UUID, Integer> out = new HashMap<>();
    try {
      record(file, out);
    } catch (RuntimeException e) {
      // A tree that cannot be printed gives messages without line and column, not a failure.
      out.clear();
    }
    return out;
  }

  private static void record(Hcl.ConfigFile file, Map<UUID, Integer> out) {
    new HclPrinter<Integer>() {
      @Override
      public Hcl visit(Tree tree, PrintOutputCapture<Integer> p) {
        if (tree instanceof Hcl) {
          int start = p.out.length() + printed(((Hcl) tree).getPrefix());
          out.putIfAbsent(tree.getId(), start);
        }
        return super.visit(tree, p);
      }
    }.visit(file, new PrintOutputCapture<>(0));
  }

  private static int printed(Space space) {
    if (space == null) {
      return 0;
    }
    PrintOutputCapture<Integer> p = new PrintOutputCapture<>(0);
    new HclPrinter<Integer>().visitSpace(space, Space.Location.ATTRIBUTE, p);
    return p.out.length();
  }

  /** 1-based line and column of a character offset. */
  static int[] lineCol(String text, int offset) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < Math.min(offset, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    return new int[] {line, col};
  }

  /** The source line and a caret under the column, for a syntax error. */
  static String caret(String text, int line, int col) {
    String[] lines = text.split("\n", -1);
    if (line < 1 || line > lines.length) {
      return "";
    }
    String src = lines[line - 1].replace("\r", "").replace('\t', ' ');
    if (src.length() > 200) {
      src = src.substring(0, 200);
    }
    return "\n" + src + "\n" + " ".repeat(Math.max(0, Math.min(col - 1, src.length()))) + "^";
  }
}
