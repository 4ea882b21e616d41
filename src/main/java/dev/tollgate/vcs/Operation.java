package dev.tollgate.vcs;

/**
 * Every call Tollgate makes to a code host, with what the token needs to be allowed it. Errors name
 * the operation, so a 403 says which permission is missing rather than just "forbidden".
 */
public enum Operation {
  READ_PULL_REQUEST("read the pull request", "pull_requests:read", "the read_api scope"),
  LIST_FILES("list the changed files", "pull_requests:read", "the read_api scope"),
  READ_FILE("read a file", "contents:read", "the read_repository scope"),
  DOWNLOAD_ARCHIVE("download the repository archive", "contents:read", "the read_repository scope"),
  LIST_COMMENTS("list the comments", "pull_requests:read", "the read_api scope"),
  WRITE_COMMENT("comment", "pull_requests:write", "the api scope and at least the Reporter role"),
  DELETE_COMMENT("delete its comment", "pull_requests:write", "the api scope and at least the Reporter role"),
  HIDE_COMMENT("hide its comment", "pull_requests:write", "the api scope and at least the Reporter role"),
  READ_PERMISSION("read a user's permission on the repository", "metadata:read (and collaborators read access)", "the read_api scope"),
  SET_CHECK("create a check run", "checks:write", "the api scope and at least the Developer role"),
  SET_STATUS("set a commit status", "statuses:write", "the api scope and at least the Developer role");

  private final String doing;
  private final String gitHubPermission;
  private final String gitLabNeeds;

  Operation(String doing, String gitHubPermission, String gitLabNeeds) {
    this.doing = doing;
    this.gitHubPermission = gitHubPermission;
    this.gitLabNeeds = gitLabNeeds;
  }

  /** {@code comment}, {@code read a file}: completes "the token needs X to ...". */
  public String doing() {
    return doing;
  }

  public String gitHubPermission() {
    return gitHubPermission;
  }

  public String gitLabNeeds() {
    return gitLabNeeds;
  }
}
