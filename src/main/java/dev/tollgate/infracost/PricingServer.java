package dev.tollgate.infracost;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.net.BindException;

/**
 * A running {@link PricingEndpoint} on its own Javalin server ({@code tollgate prices serve}). Kept
 * apart from the command so that reading the command line never loads Javalin.
 */
public final class PricingServer implements AutoCloseable {

  private final Javalin app;

  private PricingServer(Javalin app) {
    this.app = app;
  }

  /** Listens on host:port; a port in use or an address not on this machine is a {@link BindException}. */
  public static PricingServer start(PricingEndpoint endpoint, String host, int port) throws BindException {
    Javalin app = Javalin.create(config -> config.showJavalinBanner = false);
    endpoint.register(app, "");
    try {
      return new PricingServer(app.start(host, port));
    } catch (JavalinBindException e) {
      app.stop();
      throw new BindException("cannot listen on " + host + ":" + port + " (in use, or not an address of this machine)");
    }
  }

  /** The port it listens on (the one asked for, or the one chosen for port 0). */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
