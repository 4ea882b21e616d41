package dev.tollgate.model;

import java.util.Objects;

/**
 * Where a resource runs, and how Tollgate knows: the code is always a provider's region code
 * ({@code us-east-1}, {@code europe-west1}, {@code eastus}); {@link Source#ASSUMED} marks a region
 * that the input did not give, with the reason in {@link #note()}.
 */
public record Region(String code, Source source, String note) {

  public enum Source {
    /** The resource's own region / location / zone attribute. */
    ATTRIBUTE,
    /** The provider configuration the resource uses. */
    PROVIDER_CONFIG,
    /** The provider's default configuration (a module resource inheriting the root provider). */
    PROVIDER_DEFAULT,
    /**
     * The resource it belongs to, which its configuration refers to (an AKS node pool runs where its
     * cluster does); {@link Region#note()} names that resource.
     */
    RELATED,
    /** Nothing in the input said; the provider's usual default was assumed. */
    ASSUMED,
    /** Nothing in the input said and there is no sensible default. */
    UNKNOWN
  }

  public Region {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(source, "source");
    note = note == null ? "" : note;
  }

  public static Region of(String code, Source source) {
    return new Region(code, source, "");
  }

  public static Region unknown(String note) {
    return new Region("", Source.UNKNOWN, note);
  }

  public boolean isKnown() {
    return !code.isEmpty();
  }

  /** True when the output should tell the reader where the region came from. */
  public boolean needsNote() {
    return source == Source.ASSUMED || source == Source.UNKNOWN;
  }
}
