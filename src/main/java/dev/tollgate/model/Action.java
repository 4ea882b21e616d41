package dev.tollgate.model;

/** What a plan does to a resource. */
public enum Action {
  CREATE("create"),
  UPDATE("update"),
  DELETE("delete"),
  /** Delete then create, or create then delete (create_before_destroy): both sides are priced. */
  REPLACE("replace"),
  NO_OP("no-op"),
  READ("read");

  private final String label;

  Action(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** True when the resource exists before the change. */
  public boolean hasBefore() {
    return this == UPDATE || this == DELETE || this == REPLACE || this == NO_OP;
  }

  /** True when the resource exists after the change. */
  public boolean hasAfter() {
    return this == CREATE || this == UPDATE || this == REPLACE || this == NO_OP;
  }
}
