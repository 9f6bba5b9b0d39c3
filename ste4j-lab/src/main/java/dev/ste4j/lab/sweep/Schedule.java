package dev.ste4j.lab.sweep;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;

/** The order in which engines start cells: expensive first, so no worker is left with a long cell at the end. */
public final class Schedule {

  private Schedule() {}

  /** {@code cells} sorted by falling {@link Sweep#cost}, ties by index. Only scheduling: results keep cell order. */
  public static <C extends Serializable> int[] expensiveFirst(Sweep<C, ?> sweep, int[] cells) {
    var all = sweep.cells();
    return Arrays.stream(cells).boxed()
        .sorted(Comparator.comparingLong((Integer i) -> -sweep.cost(all.get(i))).thenComparingInt(i -> i))
        .mapToInt(Integer::intValue).toArray();
  }
}
