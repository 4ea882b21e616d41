package dev.tollgate.server;

import dev.tollgate.store.Database;
import io.javalin.http.Context;

/** {@code /healthz}: the process answers. {@code /readyz}: the database is reachable and fully migrated. */
final class Health {

  private final Database db;

  Health(Database db) {
    this.db = db;
  }

  void live(Context ctx) {
    ctx.result("ok");
  }

  void ready(Context ctx) {
    if (db.ready()) {
      ctx.result("ready");
    } else {
      ctx.status(503).result("not ready: the database is unreachable or has migrations pending");
    }
  }
}
