package dev.tollgate.report;

/**
 * Makes text from a pull request inert in GitHub and GitLab markdown: no emphasis, links, HTML,
 * mentions, issue references, table breaks or closed {@code <details>} blocks.
 */
public final class Markdown {

  private Markdown() {}

  public static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '&':
          b.append("&amp;");
          break;
        case '"':
          b.append("&quot;");
          break;
        case '@':
          // A zero-width joiner after @ keeps the text but stops the mention.
          b.append("@\u200D");
          break;
        case '\n':
        case '\r':
          b.append(' ');
          break;
        case '\\': case '`': case '*': case '_': case '{': case '}': case '[': case ']': case '(': case ')':
        case '#': case '+': case '!': case '|': case '~': case '$': case ':':
          b.append('\\').append(c);
          break;
        default:
          b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * An inline code span, which markdown leaves alone: no emphasis, links, HTML or mentions inside.
   * Backticks in the text get a longer fence; pipes are escaped so a table cell stays one cell.
   */
  public static String code(String s) {
    String text = s.replace('\n', ' ').replace('\r', ' ').replace("|", "\\|");
    int longest = 0;
    int run = 0;
    for (char c : text.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = longest > 0 || text.startsWith("`") || text.endsWith("`") ? " " : "";
    return fence + pad + text + pad + fence;
  }
}
