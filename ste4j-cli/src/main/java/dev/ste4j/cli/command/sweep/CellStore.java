package dev.ste4j.cli.command.sweep;

import dev.ste4j.cli.UserError;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One file per finished cell under {@code cells/} of the run folder, written as the cell finishes (to a temporary
 * file, then renamed, so it is whole or absent): its
 * results row (header and values) and, on a line of its own, its wall time. {@code --resume} reads them back.
 */
final class CellStore<C extends Serializable, R extends Serializable> {

  private static final String SECONDS = "seconds,";

  private final Path dir;
  private final SweepGrid<C, R> grid;
  private final String header;
  private final Map<Integer, Double> seconds = new TreeMap<>();

  CellStore(Path runDir, SweepGrid<C, R> grid) {
    this.dir = runDir.resolve("cells");
    this.grid = grid;
    this.header = Csv.line(grid.columns());
  }

  Path file(int cell) {
    return dir.resolve(String.format(Locale.ROOT, "cell-%07d.csv", cell));
  }

  void write(int cell, R result, double wallSeconds) throws IOException {
    C c = grid.sweep().cells().get(cell);
    Path target = file(cell);
    Path temp = dir.resolve("." + target.getFileName() + ".tmp");
    Files.createDirectories(dir);
    Files.writeString(temp, header + "\n" + Csv.line(grid.row(c, result)) + "\n" + SECONDS + wallSeconds + "\n");
    // A rename, not a sync: a cell file is whole or absent. (Syncing thousands of small files would cost more than
    // the cells; a crash of the machine loses at most the cells the file system had not yet written.)
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    seconds.put(cell, wallSeconds);
  }

  /** The cells stored by an earlier run in this folder, by index; their timings are kept for timings.csv. */
  Map<Integer, R> read() throws IOException {
    Map<Integer, R> known = new TreeMap<>();
    List<C> cells = grid.sweep().cells();
    for (int i = 0; i < cells.size(); i++) {
      Path f = file(i);
      if (!Files.isRegularFile(f)) {
        continue;
      }
      List<String> lines = Files.readAllLines(f);
      if (lines.size() != 3 || !lines.get(0).equals(header) || !lines.get(2).startsWith(SECONDS)) {
        throw new UserError(f + ": not a cell of this grid (other columns or a damaged file); remove it to run the "
            + "cell again");
      }
      List<String> row = Csv.split(lines.get(1));
      R result = parse(f, cells.get(i), row);
      // Written again from what was read, the row must be the stored one: this checks the cell's coordinates (a file
      // copied from another cell or grid is refused) and that the values came back exactly.
      if (!Csv.line(grid.row(cells.get(i), result)).equals(lines.get(1))) {
        throw new UserError(f + ": holds another cell than number " + i + " of this grid; remove it to run the cell"
            + " again");
      }
      known.put(i, result);
      seconds.put(i, Double.parseDouble(lines.get(2).substring(SECONDS.length())));
    }
    return known;
  }

  private R parse(Path f, C cell, List<String> row) {
    if (row.size() != grid.columns().size()) {
      throw new UserError(f + ": has " + row.size() + " values for " + grid.columns().size() + " columns");
    }
    try {
      return grid.parse(cell, row);
    } catch (RuntimeException e) {
      throw new UserError(f + ": unreadable cell result (" + e.getMessage() + "); remove it to run the cell again");
    }
  }

  /** Wall seconds per cell, for the cells run now and those read back. */
  Map<Integer, Double> seconds() {
    return seconds;
  }
}
