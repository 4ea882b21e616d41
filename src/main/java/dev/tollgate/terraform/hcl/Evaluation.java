package dev.tollgate.terraform.hcl;

import dev.tollgate.model.Value;
import dev.tollgate.terraform.hcl.functions.FnException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What one load shares: the sandbox, the module reader, the notes for the reader, the budget of
 * time and steps, and which objects stand for resources (whose attributes not written in the
 * configuration are known only after apply).
 */
final class Evaluation {

  private static final int MAX_NOTES = 200;

  final Limits limits;
  final Sandbox sandbox;
  final ModuleReader reader;
  final Evaluator evaluator;
  private final long deadline;
  private long steps;
  private int instances;
  private int droppedNotes;
  private final Set<String> notes = new LinkedHashSet<>();
  private final Set<Value> open = Collections.newSetFromMap(new IdentityHashMap<>());
  /** The block each resource instance came from, by address, for {@link HclLoader#loadWithSources}. */
  final java.util.Map<String, Config.Block> resourceBlocks = new java.util.HashMap<>();

  Evaluation(Limits limits, Sandbox sandbox, ModuleReader reader) {
    this.limits = limits;
    this.sandbox = sandbox;
    this.reader = reader;
    this.deadline = System.nanoTime() + limits.timeout().toNanos();
    this.evaluator = new Evaluator(this);
  }

  /** Counts one evaluation step; stops the load when the time or step budget is spent. */
  void step() {
    steps++;
    if ((steps & 1023) == 0) {
      checkBudget();
    }
  }

  /**
   * Charges what a value built by a function or a for expression holds (elements, or characters / 16),
   * so that nested loops over large ranges stop at the budget instead of exhausting memory.
   */
  void charge(Value v) {
    long units = 0;
    if (v instanceof Value.ListV) {
      units = ((Value.ListV) v).items().size();
    } else if (v instanceof Value.ObjV) {
      units = ((Value.ObjV) v).fields().size();
    } else if (v instanceof Value.Str) {
      units = ((Value.Str) v).value().length() >> 4;
    }
    if (units > 0) {
      long before = steps;
      steps += units;
      if ((before >> 10) != (steps >> 10)) {
        checkBudget();
      }
    }
  }

  private void checkBudget() {
    if (steps > limits.maxSteps()) {
      throw FnException.limit("evaluation took more than " + limits.maxSteps() + " steps (values built count too); Tollgate stops there");
    }
    if (System.nanoTime() > deadline) {
      throw FnException.limit("evaluation took longer than " + limits.timeout().toSeconds() + " s; Tollgate stops there");
    }
  }

  void countInstances(int n, String location) {
    instances += n;
    if (instances > limits.maxInstances()) {
      throw EvalException.fatal("hcl.limit", location,
          "the configuration has more than " + limits.maxInstances() + " resource instances; Tollgate stops there");
    }
  }

  void note(String note) {
    if (notes.size() < MAX_NOTES) {
      notes.add(note);
    } else if (!notes.contains(note)) {
      droppedNotes++;
    }
  }

  java.util.List<String> notes() {
    java.util.List<String> out = new java.util.ArrayList<>(notes);
    if (droppedNotes > 0) {
      out.add("... and " + droppedNotes + " more notes");
    }
    return out;
  }

  /** Marks an object whose missing attributes are unknown rather than an error. */
  Value open(Value v) {
    if (v instanceof Value.ObjV) {
      open.add(v);
    }
    return v;
  }

  boolean isOpen(Value v) {
    return open.contains(v);
  }
}
