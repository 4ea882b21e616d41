package dev.tollgate.vcs.github;

import org.kohsuke.github.GHIOException;

/** A rate limit whose wait is longer than Tollgate allows itself; github-api passes it through as is. */
final class LimitNotWaited extends GHIOException {

  final int status;

  LimitNotWaited(String message, int status) {
    super(message);
    this.status = status;
  }
}
