package dev.tollgate.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one input says will change, in input order, with notes for the reader.
 *
 * @param source the input's name (a file or folder path) for messages
 * @param type {@code terraform_plan_json} or {@code terraform_dir}
 * @param references which resources each resource's configuration refers to ({@link References#NONE} when the input does not say)
 */
public record ChangeSet(
    String source, String type, List<ResourceChange> changes, List<String> notes, References references) {

  public ChangeSet {
    changes = List.copyOf(changes);
    notes = List.copyOf(notes);
    references = references == null ? References.NONE : references;
  }

  /** A change set whose input says nothing about references between resources. */
  public ChangeSet(String source, String type, List<ResourceChange> changes, List<String> notes) {
    this(source, type, changes, notes, References.NONE);
  }

  public Map<Action, Integer> countByAction() {
    Map<Action, Integer> counts = new EnumMap<>(Action.class);
    for (ResourceChange c : changes) {
      counts.merge(c.action(), 1, Integer::sum);
    }
    return counts;
  }
}
