package dev.tollgate.store;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A database location as a user gives it, turned into a JDBC URL. Accepts {@code jdbc:postgresql:},
 * {@code postgres://} / {@code postgresql://} (libpq style) and {@code jdbc:sqlite:}; the default is a
 * SQLite file under the data directory. {@link #masked()} is the only form that may be printed.
 */
public record DatabaseUrl(String jdbc) {

  private static final Pattern USERINFO_PASSWORD = Pattern.compile("(//[^/:@]*):[^/@]*@");
  private static final Pattern PARAM_PASSWORD = Pattern.compile("(?i)([?&;](password|sslpassword)=)[^&;]*");

  public DatabaseUrl {
    Dialect.of(jdbc);
  }

  /** The embedded default: {@code DIR/tollgate.db}. */
  public static DatabaseUrl embedded(Path dataDir) {
    return new DatabaseUrl("jdbc:sqlite:" + dataDir.resolve("tollgate.db").toAbsolutePath());
  }

  public static DatabaseUrl parse(String given) {
    String url = given.trim();
    if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
      return new DatabaseUrl(fromLibpq(url.substring(url.indexOf("://") + 3)));
    }
    return new DatabaseUrl(url);
  }

  /** {@code user:password@host:port/db?x=y} to pgjdbc's form, which takes the user and password as parameters. */
  private static String fromLibpq(String rest) {
    int at = rest.lastIndexOf('@', rest.indexOf('/') < 0 ? rest.length() : rest.indexOf('/'));
    if (at < 0) {
      return "jdbc:postgresql://" + rest;
    }
    String userinfo = rest.substring(0, at);
    String location = rest.substring(at + 1);
    int colon = userinfo.indexOf(':');
    String user = colon < 0 ? userinfo : userinfo.substring(0, colon);
    StringBuilder params = new StringBuilder("user=").append(user);
    if (colon >= 0) {
      params.append("&password=").append(userinfo.substring(colon + 1));
    }
    return "jdbc:postgresql://" + location + (location.contains("?") ? "&" : "?") + params;
  }

  public Dialect dialect() {
    return Dialect.of(jdbc);
  }

  /** The URL with any password replaced by {@code ****}: for logs, config dumps and error messages. */
  public String masked() {
    String m = USERINFO_PASSWORD.matcher(jdbc).replaceAll("$1:****@");
    return PARAM_PASSWORD.matcher(m).replaceAll("$1****");
  }

  @Override
  public String toString() {
    return masked();
  }
}
