package dev.ste4j.lab.yin2019.deep;

import dev.ste4j.lab.sweep.CellSeed;
import dev.ste4j.lab.sweep.SharedInput;
import dev.ste4j.lab.sweep.Sweep;
import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.quantizer.QuantizedRelu;
import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.tensor.random.Rng;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Table 1 as a sweep over seeds × (the float network, then bits × STE): per seed, one cell for the float network's
 * pre-training and one per quantized row, in the table's order (bits outer, STE inner).
 *
 * <p>Cell (s, b, STE) is the row (b, STE) of {@link Table1Experiment} with root seed s: it starts from the float
 * network of seed s, which is the cells' {@link SharedInput} (a pure function of the configuration and s, trained at
 * most once per process), and shuffles with {@code CellSeed.source(s, 2, b, STE ordinal)}. So every cell is a pure
 * function of the configuration and its coordinates, whatever runs before or beside it.
 */
public final class Table1Sweep implements Sweep<Table1Sweep.Cell, Table1Sweep.Outcome> {

  private static final long serialVersionUID = 1L;

  /** Where the cells get the (normalized) data: in another process, again from its source. */
  @FunctionalInterface
  public interface DataSource extends Serializable {
    TrainTest load();
  }

  /** One cell: the float network of {@code seed} ({@code ste} null, bits 0) or its quantized row (bits, STE). */
  public record Cell(long seed, int bits, SteVariant ste) implements Serializable {

    static Cell floatNetwork(long seed) {
      return new Cell(seed, 0, null);
    }

    public boolean isFloat() {
      return ste == null;
    }
  }

  /** What a cell gives: its training run, and the quantizer's α for a quantized row (NaN for the float network). */
  public record Outcome(float alpha, RunCurve run) implements Serializable {}

  /** What every cell of one seed shares: the subsets and the trained float network. */
  record Start(Dataset train, Dataset test, long modelSeed, Module floatNet, RunCurve floatRun) {}

  private final Table1Config config;
  private final List<Long> seeds;
  private final DataSource source;
  private final List<Cell> cells;
  private final SharedInput<Long, Start> starts = new SharedInput<>();
  private transient TrainTest data;
  private transient Consumer<String> log;
  private transient Path checkpointDir;
  private transient Map<Cell, Module> kept;

  /**
   * The grid for each of {@code seeds} (the configuration's own seed is not used), with data from {@code source}.
   */
  public Table1Sweep(Table1Config config, List<Long> seeds, DataSource source) {
    if (seeds.isEmpty() || seeds.stream().distinct().count() != seeds.size()) {
      throw new IllegalArgumentException("table1: give at least one seed, none twice; got " + seeds);
    }
    this.config = config;
    this.seeds = List.copyOf(seeds);
    this.source = source;
    List<Cell> all = new ArrayList<>();
    for (long s : this.seeds) {
      all.add(Cell.floatNetwork(s));
      for (int bits : config.bits()) {
        for (SteVariant ste : config.stes()) {
          all.add(new Cell(s, bits, ste));
        }
      }
    }
    this.cells = List.copyOf(all);
  }

  /**
   * The grid of {@link Table1Experiment} in this process: the configuration's seed, data already loaded, epoch lines
   * to {@code log}, checkpoints in {@code checkpointDir} (null: none), and the trained networks kept when asked.
   */
  static Table1Sweep inProcess(Table1Config c, TrainTest data, Consumer<String> log, Path checkpointDir,
                               boolean keepModels) {
    Table1Sweep s = new Table1Sweep(c, List.of(c.seed()), () -> {
      throw new IllegalStateException("the in-process Table 1 sweep has its data and no source");
    });
    s.data = data;
    s.log = log;
    s.checkpointDir = checkpointDir;
    s.kept = keepModels ? new ConcurrentHashMap<>() : null;
    return s;
  }

  public Table1Config config() {
    return config;
  }

  public List<Long> seeds() {
    return seeds;
  }

  @Override
  public List<Cell> cells() {
    return cells;
  }

  /** The float network's cell of {@code seed}. */
  public static Cell floatCell(long seed) {
    return Cell.floatNetwork(seed);
  }

  private synchronized TrainTest data() {
    if (data == null) {
      data = source.load();
    }
    return data;
  }

  /** Gives this process's cells the data, read already the way the source reads it (e.g. to check it first). */
  public synchronized void giveData(TrainTest loaded) {
    data = loaded;
  }

  private Consumer<String> log() {
    return log == null ? line -> { } : log;
  }

  @Override
  public Outcome run(Cell cell) {
    Start start = start(cell.seed());
    if (cell.isFloat()) {
      return new Outcome(Float.NaN, start.floatRun());
    }
    Table1Config c = config.withSeed(cell.seed());
    int bits = cell.bits();
    SteVariant ste = cell.ste();
    QuantizedRelu q = new QuantizedRelu(bits, QuantizedRelu.defaultAlpha(bits), ste);
    Module m = DeepRuns.model(c.network(), q, start.train().sampleShape(), start.train().numClasses(),
        start.modelSeed());
    WeightTransfer.copy(start.floatNet(), m);
    DeepRuns.Phase phase = new DeepRuns.Phase(c.epochs(), c.batch(), c.lr(), c.momentum(), c.weightDecay(),
        c.milestones(), c.network().schedule().gamma());
    long seed = CellSeed.source(cell.seed(), 2, bits, ste.ordinal()).nextLong();
    RunCurve run = DeepRuns.train(m, Table1Experiment.modelId(c.network(), bits, ste), start.train(), start.test(),
        phase, seed, log(), checkpointDir == null ? null
            : checkpointDir.resolve(Table1Experiment.checkpointName(bits, ste)), false);
    if (kept != null) {
      kept.put(cell, m);
    }
    return new Outcome(q.alpha(), run);
  }

  /**
   * Quantized rows train for {@code epochs}; the float network counts its own epochs and a row's, so it starts
   * before the rows that start from it (a row that comes first would train it, and its cell would wait for it).
   */
  @Override
  public long cost(Cell cell) {
    return cell.isFloat() ? config.pretrainEpochs() + config.epochs() : config.epochs();
  }

  /** The subsets and the float network of {@code seed}: trained once in this process, shared by its cells. */
  Start start(long seed) {
    return starts.get(seed, s -> pretrain(config.withSeed(s)));
  }

  /** Training and test subsets as Table 1 draws them for the configuration's seed. */
  Dataset[] subsets(Table1Config c) {
    Rng root = new Rng(c.seed());
    return new Dataset[] {DeepData.subset(data().train(), c.trainSubset(), root.split(3, 0)),
        DeepData.subset(data().test(), c.testSubset(), root.split(3, 1))};
  }

  private Start pretrain(Table1Config c) {
    Rng root = new Rng(c.seed());
    Dataset[] d = subsets(c);
    long modelSeed = root.split(0).nextLong();
    Module floatNet = DeepRuns.model(c.network(), new FloatRelu(), d[0].sampleShape(), d[0].numClasses(),
        modelSeed);
    DeepRuns.Phase pretrain = new DeepRuns.Phase(c.pretrainEpochs(), c.batch(), c.pretrainLr(), c.momentum(),
        c.weightDecay(), c.pretrainMilestones(), c.network().schedule().gamma());
    RunCurve floatRun = DeepRuns.train(floatNet, "yin2019 " + c.network().key() + " float", d[0], d[1], pretrain,
        root.split(1).nextLong(), log(), checkpointDir == null ? null : checkpointDir.resolve("table1-float.ckpt"),
        false);
    return new Start(d[0], d[1], modelSeed, floatNet, floatRun);
  }

  /** The trained network of a quantized cell run in this process, when the sweep keeps them. */
  Module model(Cell cell) {
    return kept == null ? null : kept.get(cell);
  }

  /**
   * Table 1 of one seed from all results in cell order: its float network and its rows. The subset sizes are those
   * the cells used (taken from the data when loaded, else computed from the configuration).
   */
  public Table1Result result(long seed, List<Outcome> results, int trainSize, int testSize) {
    int at = seeds.indexOf(seed);
    if (at < 0 || results.size() != cells.size()) {
      throw new IllegalArgumentException("table1: no seed " + seed + " in " + seeds + " or " + results.size()
          + " results for " + cells.size() + " cells");
    }
    int perSeed = cells.size() / seeds.size();
    List<Table1Row> rows = new ArrayList<>();
    for (int i = at * perSeed + 1; i < (at + 1) * perSeed; i++) {
      rows.add(new Table1Row(cells.get(i).bits(), cells.get(i).ste(), results.get(i).alpha(), results.get(i).run()));
    }
    return new Table1Result(config.withSeed(seed), results.get(at * perSeed).run(), rows, trainSize, testSize);
  }

  /** The training and test subset sizes, the same for every seed (loads the data in this process when not yet loaded). */
  public int[] subsetSizes() {
    return new int[] {size(data().train().size(), config.trainSubset()), size(data().test().size(),
        config.testSubset())};
  }

  /** As {@link DeepData#subset} draws: n of the set, or all of it for n 0 or beyond its size. */
  private static int size(int all, int n) {
    return n <= 0 || n >= all ? all : n;
  }
}
