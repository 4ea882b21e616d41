package dev.tollgate.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One cloud resource on one side of a change, as the {@code terraform} package read it from a plan or
 * from HCL. Pricers see only this, never JSON or HCL.
 *
 * @param address Terraform address, {@code module.db.aws_db_instance.this[0]}
 * @param type resource type, {@code aws_db_instance}
 * @param provider short provider name, {@code aws}
 * @param region where it runs and how that was found
 * @param attributes the resource's attribute values on this side of the change
 * @param tags tags or labels, as the cloud will see them
 * @param action what the change does to this resource
 */
public record Resource(
    String address,
    String type,
    String provider,
    Region region,
    Attributes attributes,
    Map<String, String> tags,
    Action action) {

  public Resource {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(attributes, "attributes");
    Objects.requireNonNull(action, "action");
    tags = Map.copyOf(tags);
  }

  /** The address without instance keys, {@code module.db.aws_db_instance.this}: what usage files match. */
  public String configAddress() {
    return Addresses.withoutIndexes(address);
  }

  public Resource withAction(Action newAction) {
    return new Resource(address, type, provider, region, attributes, tags, newAction);
  }

  public Resource withRegion(Region newRegion) {
    return new Resource(address, type, provider, newRegion, attributes, tags, action);
  }

  public static List<String> providersOf(List<Resource> resources) {
    return resources.stream().map(Resource::provider).distinct().sorted().toList();
  }
}
