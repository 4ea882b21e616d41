package dev.tollgate.store;

/** The budget verdict an estimate carried, as kept in the history; NONE when no policy applied. */
public enum Verdict {
  PASS, WARN, FAIL, NONE
}
