package dev.tollgate.terraform;

import dev.tollgate.model.Value;
import java.util.List;
import java.util.Set;

/** A plan file's parts that Tollgate reads, before they become Resources. */
record RawPlan(
    String formatVersion,
    String terraformVersion,
    List<RawChange> changes,
    Value configuration,
    Value variables,
    Set<String> priorStateAddresses,
    boolean hasPlanKeys,
    boolean looksLikeState) {

  /**
   * One entry of {@code resource_changes}.
   *
   * @param path the entry's JSON path, {@code resource_changes[3]}, for messages
   * @param deposed the deposed object's key when this change is about a deposed object
   */
  record RawChange(
      String path,
      String address,
      String moduleAddress,
      String mode,
      String type,
      String providerName,
      List<String> actions,
      Value before,
      Value after,
      Value afterUnknown,
      String deposed) {}
}
