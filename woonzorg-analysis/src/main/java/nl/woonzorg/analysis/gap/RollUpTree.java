package nl.woonzorg.analysis.gap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.model.area.AreaType;
import org.jspecify.annotations.Nullable;

/**
 * Some areas and every area above them to the Netherlands, numbered in the order a roll-up makes
 * and lists them: level by level from the deepest, each level in code order, so that an area's
 * parts come before it. An analysis rolls up its counts and then each category along the same
 * areas, some 17,500 of them for the Netherlands' buurten: the hierarchy is asked for each area's
 * parent and level once, not once per roll-up and item. Immutable.
 */
final class RollUpTree {

  /** Makes the item of an area with parts from theirs, in code order. */
  interface Sum<T> {
    T of(int area, List<T> parts);
  }

  private final String[] codes;
  private final AreaType[] levels;
  private final int[][] parts;

  private RollUpTree(List<Node> order) {
    codes = new String[order.size()];
    levels = new AreaType[codes.length];
    parts = new int[codes.length][];
    for (int index = 0; index < codes.length; index++) {
      Node node = order.get(index);
      node.index = index;
      codes[index] = node.code;
      levels[index] = node.level;
    }
    for (int index = 0; index < codes.length; index++) {
      List<Node> children = order.get(index).children;
      parts[index] = new int[children.size()];
      for (int part = 0; part < parts[index].length; part++) {
        parts[index][part] = children.get(part).index;
      }
    }
  }

  private static final class Node {
    final String code;
    final AreaType level;
    final List<Node> children = new ArrayList<>();
    @Nullable Node parent;
    int depth = -1;
    int index;

    Node(String code, AreaType level) {
      this.code = code;
      this.level = level;
    }

    int depth() {
      if (depth < 0) {
        depth = parent == null ? 0 : parent.depth() + 1;
      }
      return depth;
    }
  }

  /**
   * The tree of the areas {@code start}, each at most once, and the areas above them in {@code
   * hierarchy}.
   *
   * @throws nl.woonzorg.analysis.region.UnknownAreaException if an area is not in the hierarchy
   */
  static RollUpTree of(AreaHierarchy hierarchy, Collection<String> start) {
    Map<String, Node> nodes = new HashMap<>();
    for (String code : start) {
      Node node = nodes.computeIfAbsent(code, key -> new Node(key, hierarchy.level(key)));
      // Up until an area already met: the rest of the way is known.
      while (node.parent == null) {
        Optional<String> parent = hierarchy.parent(node.code);
        if (parent.isEmpty()) {
          break;
        }
        Node above = nodes.get(parent.get());
        boolean met = above != null;
        if (!met) {
          above = new Node(parent.get(), hierarchy.level(parent.get()));
          nodes.put(above.code, above);
        }
        node.parent = above;
        node = above;
        if (met) {
          break;
        }
      }
    }
    List<Node> order = new ArrayList<>(nodes.values());
    order.sort(Comparator.comparingInt(Node::depth).reversed()
        .thenComparing(node -> node.code));
    // In that order each area's parts are added to it in code order.
    order.forEach(node -> {
      if (node.parent != null) {
        node.parent.children.add(node);
      }
    });
    return new RollUpTree(order);
  }

  /** The number of areas. */
  int size() {
    return codes.length;
  }

  /** The code of area {@code area}. */
  String code(int area) {
    return codes[area];
  }

  /** The level of area {@code area}. */
  AreaType level(int area) {
    return levels[area];
  }

  /**
   * The item of every area in this tree's order: {@code start} of an area without parts, {@code
   * sum} of one with, from its parts' items.
   */
  <T> List<T> rollUp(IntFunction<T> start, Sum<T> sum) {
    List<T> items = new ArrayList<>(codes.length);
    for (int area = 0; area < codes.length; area++) {
      if (parts[area].length == 0) {
        items.add(start.apply(area));
      } else {
        List<T> of = new ArrayList<>(parts[area].length);
        for (int part : parts[area]) {
          of.add(items.get(part));
        }
        items.add(sum.of(area, of));
      }
    }
    return items;
  }
}
