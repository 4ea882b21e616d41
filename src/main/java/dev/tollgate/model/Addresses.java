package dev.tollgate.model;

/** Helpers for Terraform resource addresses. */
public final class Addresses {

  private Addresses() {}

  /** {@code module.a["x"].aws_instance.web[0]} becomes {@code module.a.aws_instance.web}. */
  public static String withoutIndexes(String address) {
    StringBuilder out = new StringBuilder(address.length());
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == '"' && depth > 0) {
        inString = true;
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
