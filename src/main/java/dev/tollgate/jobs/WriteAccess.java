package dev.tollgate.jobs;

import java.io.IOException;

/**
 * Whether a user may write to a repository, as the code host says (GitHub: collaborator permission
 * {@code write}, {@code maintain} or {@code admin}; GitLab: Developer or above). Implemented by the
 * code-host client; asked by {@link RecalculateGuard} in the job, never in the HTTP handler.
 */
public interface WriteAccess {
  boolean canWrite(Host host, String repo, String user) throws IOException;
}
