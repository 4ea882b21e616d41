package dev.tollgate.report;

/** ANSI colours for the terminal table, or plain text when colour is off. */
final class Ansi {

  private final boolean on;

  Ansi(boolean on) {
    this.on = on;
  }

  String red(String s) {
    return wrap("31", s);
  }

  String green(String s) {
    return wrap("32", s);
  }

  String yellow(String s) {
    return wrap("33", s);
  }

  String bold(String s) {
    return wrap("1", s);
  }

  private String wrap(String code, String s) {
    return on ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }

  /** Terminal text from a pull request: control characters (escape sequences among them) become spaces. */
  static String plain(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 ? ' ' : c);
    }
    return b.toString();
  }
}
