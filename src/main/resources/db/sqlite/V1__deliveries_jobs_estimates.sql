-- The same tables as db/postgresql, in SQLite's types: money is TEXT (exact decimal strings, never REAL),
-- booleans are 0/1. Times are epoch milliseconds.
CREATE TABLE deliveries (
  host           TEXT    NOT NULL,
  delivery_id    TEXT    NOT NULL,
  event          TEXT    NOT NULL,
  received_at    INTEGER NOT NULL,
  job_id         INTEGER,
  ignored_reason TEXT,
  PRIMARY KEY (host, delivery_id)
);
CREATE INDEX deliveries_received ON deliveries (received_at);

CREATE TABLE jobs (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  host            TEXT    NOT NULL,
  delivery_id     TEXT    NOT NULL,
  repo            TEXT    NOT NULL,
  repo_id         INTEGER NOT NULL,
  pr_number       INTEGER NOT NULL,
  head_sha        TEXT,
  kind            TEXT    NOT NULL,
  requested_by    TEXT,
  installation_id INTEGER,
  state           TEXT    NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  run_after       INTEGER NOT NULL,
  claim_token     TEXT,
  lease_expires   INTEGER,
  received_at     INTEGER NOT NULL,
  finished_at     INTEGER,
  note            TEXT
);
CREATE INDEX jobs_ready ON jobs (state, run_after, id);
CREATE INDEX jobs_pull_request ON jobs (host, repo, pr_number, id);

CREATE TABLE estimates (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  job_id         INTEGER NOT NULL,
  host           TEXT    NOT NULL,
  repo           TEXT    NOT NULL,
  pr_number      INTEGER NOT NULL,
  head_sha       TEXT    NOT NULL,
  verdict        TEXT    NOT NULL,
  currency       TEXT    NOT NULL,
  unpriced       INTEGER NOT NULL,
  merged         INTEGER NOT NULL,
  estimated_at   INTEGER NOT NULL
);
CREATE INDEX estimates_repo ON estimates (host, repo, estimated_at);
CREATE INDEX estimates_pull_request ON estimates (host, repo, pr_number, id);

CREATE TABLE estimate_projects (
  estimate_id    INTEGER NOT NULL REFERENCES estimates (id),
  position       INTEGER NOT NULL,
  name           TEXT    NOT NULL,
  monthly_before TEXT    NOT NULL,
  monthly_after  TEXT    NOT NULL,
  PRIMARY KEY (estimate_id, position)
);
