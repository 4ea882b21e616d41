package dev.tollgate.report;

/**
 * Makes text from a pull request inert in GitHub and GitLab markdown: no emphasis, links, HTML,
 * mentions, issue references, math, table breaks or closed {@code <details>} blocks. {@link #text}
 * works everywhere in a comment (markdown paragraphs, table cells and raw HTML blocks alike);
 * {@link #escape} is the older backslash form, for plain markdown documents only.
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

  /**
   * Text that reads the same but does nothing, in markdown and in HTML blocks: markup characters
   * become character references (which CommonMark renders as literal text, never as syntax), line
   * breaks become spaces, bidirectional controls are dropped, and an invisible space breaks
   * {@code @mentions}, {@code #123} references and bare links, which GitHub and GitLab find in the
   * rendered text.
   */
  public static String text(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
      if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
        b.append(' ');
      } else if (c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069) {
        continue;
      } else if ("&<>\"`*[]|~$\\".indexOf(c) >= 0 || c == '_' && !(wordChar(prev(s, i)) && wordChar(next))) {
        // Only characters that can start markup; an underscore inside a word never does (GFM).
        b.append("&#").append((int) c).append(';');
      } else if (c == '@' || c == '#' && Character.isDigit(next)) {
        b.append(c).append(ZWSP);
      } else if (c == ':' && next == '/') {
        b.append(c).append(ZWSP);
      } else if ((c == 'w' || c == 'W') && s.regionMatches(true, i, "www.", 0, 4)) {
        b.append(s, i, i + 3).append(ZWSP);
        i += 2;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static char prev(String s, int i) {
    return i > 0 ? s.charAt(i - 1) : 0;
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  /** Zero-width space: invisible, and no mention, reference or link pattern matches across it. */
  static final char ZWSP = '\u200B';

  /**
   * A fenced code block around {@code body}, whose lines are literal: the fence is longer than any
   * run of backticks in the body, so nothing inside can close it.
   */
  public static String fenced(String body) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < body.length(); i++) {
      run = body.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(Math.max(3, longest + 1));
    return fence + "\n" + body + (body.endsWith("\n") ? "" : "\n") + fence;
  }

  /** Text for one line inside a code block: no line breaks or bidirectional controls. */
  public static String line(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
        b.append(' ');
      } else if (!(c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069)) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
