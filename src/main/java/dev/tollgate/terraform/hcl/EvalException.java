package dev.tollgate.terraform.hcl;

/**
 * Evaluation could not go on here. A fatal one (a sandbox or size limit broken, a module that calls
 * itself) stops the load; any other makes the value being evaluated unknown and becomes a note.
 */
final class EvalException extends RuntimeException {

  final String code;
  final String location;
  final boolean fatal;

  EvalException(String code, String message, String location, boolean fatal) {
    super(message, null, false, false);
    this.code = code;
    this.location = location == null ? "" : location;
    this.fatal = fatal;
  }

  static EvalException at(String location, String message) {
    return new EvalException("hcl.eval", message, location, false);
  }

  static EvalException fatal(String code, String location, String message) {
    return new EvalException(code, message, location, true);
  }

  String render() {
    return location.isEmpty() ? getMessage() : location + ": " + getMessage();
  }
}
