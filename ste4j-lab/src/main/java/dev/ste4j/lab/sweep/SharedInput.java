package dev.ste4j.lab.sweep;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * What several cells of a sweep start from and would compute the same way, e.g. the pre-trained network that every
 * quantized training of one seed copies: a pure function of the sweep's configuration and a key, computed at most
 * once per process and key, then shared by the cells that ask for it.
 *
 * <p>A cell that uses it stays a pure function of its configuration and coordinates: the value is the same whoever
 * computes it. The values are transient, so a copy of the sweep in another process (a Spark executor) computes its
 * own, the same; concurrent askers of one key wait for the one computation; a failed computation is forgotten, so a
 * retried cell tries again.
 *
 * @param <K> what the value depends on besides the sweep's configuration, e.g. the seed
 * @param <V> the value
 */
public final class SharedInput<K, V> implements Serializable {

  private static final long serialVersionUID = 1L;

  private transient Map<K, FutureTask<V>> values;

  /** The value for {@code key}: {@code compute.apply(key)}, run once in this process. */
  public V get(K key, Function<? super K, ? extends V> compute) {
    FutureTask<V> task;
    boolean mine = false;
    synchronized (this) {
      if (values == null) {
        values = new HashMap<>();
      }
      task = values.get(key);
      if (task == null) {
        task = new FutureTask<>(() -> compute.apply(key));
        values.put(key, task);
        mine = true;
      }
    }
    if (mine) {
      task.run();
    }
    try {
      return task.get();
    } catch (ExecutionException e) {
      synchronized (this) {
        values.remove(key, task);
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error er) {
        throw er;
      }
      throw new IllegalStateException("shared input " + key + " failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for shared input " + key, e);
    }
  }

  /** Gives the value of {@code key} when the caller has already computed it the same way (a run in process). */
  public synchronized void put(K key, V value) {
    if (values == null) {
      values = new HashMap<>();
    }
    FutureTask<V> done = new FutureTask<>(() -> value);
    done.run();
    values.put(key, done);
  }
}
