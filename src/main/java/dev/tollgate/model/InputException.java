package dev.tollgate.model;

import java.util.List;

/** An input Tollgate cannot use; carries the problems, each printable on one line. */
public class InputException extends Exception {

  private final List<Problem> problems;

  public InputException(List<Problem> problems) {
    super(problems.isEmpty() ? "bad input" : problems.get(0).render());
    this.problems = List.copyOf(problems);
  }

  public InputException(Problem problem) {
    this(List.of(problem));
  }

  public InputException(String code, String message, String location) {
    this(new Problem(code, message, location));
  }

  public List<Problem> problems() {
    return problems;
  }
}
