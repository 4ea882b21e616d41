package dev.tollgate.pricing.catalog;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable sorted map of product attributes held in two arrays, so the hundreds of thousands
 * of prices a loaded catalog holds cost a few dozen bytes of attributes each (the prices of one
 * product share one instance) instead of a {@link TreeMap} each. Lookups are binary searches.
 */
final class AttributeMap extends AbstractMap<String, String> implements SortedMap<String, String> {

  static final AttributeMap EMPTY = new AttributeMap(new String[0], new String[0]);

  private final String[] keys;
  private final String[] values;

  /** {@code keys} must be sorted and distinct; the arrays are not copied. */
  AttributeMap(String[] keys, String[] values) {
    this.keys = keys;
    this.values = values;
  }

  static AttributeMap copyOf(Map<String, String> m) {
    if (m instanceof AttributeMap) {
      return (AttributeMap) m;
    }
    TreeMap<String, String> sorted = new TreeMap<>(m);
    return new AttributeMap(sorted.keySet().toArray(new String[0]), sorted.values().toArray(new String[0]));
  }

  @Override
  public String get(Object key) {
    if (!(key instanceof String)) {
      return null;
    }
    int i = Arrays.binarySearch(keys, (String) key);
    return i < 0 ? null : values[i];
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int i;

          @Override
          public boolean hasNext() {
            return i < keys.length;
          }

          @Override
          public Entry<String, String> next() {
            if (i >= keys.length) {
              throw new NoSuchElementException();
            }
            Entry<String, String> e = new SimpleImmutableEntry<>(keys[i], values[i]);
            i++;
            return e;
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }

  @Override
  public Comparator<? super String> comparator() {
    return null;
  }

  // Views are rare (nothing in Tollgate uses them); they are answered from a copy.
  @Override
  public SortedMap<String, String> subMap(String fromKey, String toKey) {
    return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(this).subMap(fromKey, toKey));
  }

  @Override
  public SortedMap<String, String> headMap(String toKey) {
    return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(this).headMap(toKey));
  }

  @Override
  public SortedMap<String, String> tailMap(String fromKey) {
    return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(this).tailMap(fromKey));
  }

  @Override
  public String firstKey() {
    if (keys.length == 0) {
      throw new NoSuchElementException();
    }
    return keys[0];
  }

  @Override
  public String lastKey() {
    if (keys.length == 0) {
      throw new NoSuchElementException();
    }
    return keys[keys.length - 1];
  }
}
