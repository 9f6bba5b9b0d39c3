package dev.ste4j.spark;

import dev.ste4j.lab.sweep.CellDone;
import dev.ste4j.lab.sweep.Schedule;
import dev.ste4j.lab.sweep.Sweep;
import dev.ste4j.lab.sweep.SweepEngine;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Runs cells as Spark tasks. The sweep goes to the executors once, as a broadcast; the cells, expensive first, are cut
 * into chunks of about an eighth of a slot's share, each chunk a one-task job, all submitted at once so that free
 * slots take the next chunk (cells differ widely in cost) and finished chunks come back, and are stored, while others
 * run. A task that fails is run again by Spark ({@code spark.task.maxFailures}, 4 unless set; in local mode the
 * {@code F} of {@code local[N,F]}), which is harmless: a cell is a pure function of itself.
 */
public final class SparkEngine implements SweepEngine {

  /** Chunks per slot: enough to balance cells of unequal cost, few enough that a job's overhead is small. */
  private static final int CHUNKS_PER_SLOT = 8;
  private static final long POLL_MILLIS = 20;

  private final JavaSparkContext spark;

  /**
   * Starts a Spark context.
   *
   * @param master local[N], spark://HOST:PORT, yarn, …; null for what spark-submit set (spark.master)
   */
  public SparkEngine(String master) {
    SparkConf conf = new SparkConf().setAppName("ste sweep").setIfMissing("spark.ui.enabled", "false")
        .setIfMissing("spark.task.maxFailures", "4");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      throw new IllegalArgumentException("--engine spark needs --master (local[N], spark://HOST:PORT, yarn) unless"
          + " started by spark-submit");
    }
    spark = new JavaSparkContext(conf);
    spark.setLogLevel("WARN");
  }

  @Override
  public String describe() {
    int slots = parallelism();
    return "spark " + spark.master() + ", " + slots + (slots == 1 ? " slot" : " slots");
  }

  @Override
  public int parallelism() {
    return spark.defaultParallelism();
  }

  @Override
  public <C extends Serializable, R extends Serializable> void run(Sweep<C, R> sweep, int[] cells,
                                                                   CellDone<R> done) {
    if (cells.length == 0) {
      return;
    }
    Broadcast<Sweep<C, R>> shared = spark.broadcast(sweep);
    int[] order = Schedule.expensiveFirst(sweep, cells);
    int chunk = Math.max(1, (int) Math.ceil((double) order.length / (parallelism() * CHUNKS_PER_SLOT)));
    List<JavaFutureAction<List<CellResult<R>>>> pending = new ArrayList<>();
    for (int from = 0; from < order.length; from += chunk) {
      List<Integer> ids = Arrays.stream(order, from, Math.min(order.length, from + chunk)).boxed().toList();
      pending.add(spark.parallelize(new ArrayList<>(ids), 1).map(i -> runCell(shared.value(), i)).collectAsync());
    }
    try {
      while (!pending.isEmpty()) {
        boolean any = false;
        for (var it = pending.iterator(); it.hasNext(); ) {
          JavaFutureAction<List<CellResult<R>>> f = it.next();
          if (f.isDone()) {
            it.remove();
            any = true;
            for (CellResult<R> r : f.get()) {
              done.done(r.cell(), r.result(), r.seconds());
            }
          }
        }
        if (!any) {
          Thread.sleep(POLL_MILLIS);
        }
      }
    } catch (ExecutionException e) {
      throw CellFailure.of(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while Spark ran the sweep", e);
    } finally {
      pending.forEach(f -> f.cancel(true));
      shared.destroy();
    }
  }

  private static <C extends Serializable, R extends Serializable> CellResult<R> runCell(Sweep<C, R> sweep, int i) {
    long start = System.nanoTime();
    R result = sweep.run(sweep.cells().get(i));
    return new CellResult<>(i, result, (System.nanoTime() - start) * 1e-9);
  }

  @Override
  public void close() {
    spark.close();
  }
}
