package dev.ste4j.cli.command.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ste4j.cli.report.AtomicFiles;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sweep's result files: results.csv and results.json, one row per cell in cell order and nothing that depends on
 * how or where cells ran, so two runs of a grid compare byte for byte; and timings.csv, the wall time of each cell.
 */
final class SweepFiles {

  static final String RESULTS_CSV = "results.csv";
  static final String RESULTS_JSON = "results.json";
  static final String TIMINGS_CSV = "timings.csv";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SweepFiles() {}

  static <C extends Serializable, R extends Serializable> void write(Path dir, SweepGrid<C, R> grid, List<R> results,
                                                                     Map<Integer, Double> seconds) throws IOException {
    List<C> cells = grid.sweep().cells();
    List<String> columns = grid.columns();
    StringBuilder csv = new StringBuilder(Csv.line(columns)).append('\n');
    List<Map<String, Object>> json = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      List<Object> row = grid.row(cells.get(i), results.get(i));
      csv.append(Csv.line(row)).append('\n');
      Map<String, Object> obj = new LinkedHashMap<>();
      for (int j = 0; j < columns.size(); j++) {
        Object v = row.get(j);
        // JSON has no NaN or infinity: such a value is null here and spelled out in results.csv.
        obj.put(columns.get(j), v instanceof Double d && !Double.isFinite(d) ? null : v);
      }
      json.add(obj);
    }
    AtomicFiles.writeString(dir.resolve(RESULTS_CSV), csv.toString());
    AtomicFiles.writeString(dir.resolve(RESULTS_JSON), JSON.writeValueAsString(json) + "\n");
    StringBuilder t = new StringBuilder("cell,seconds\n");
    seconds.forEach((cell, s) -> t.append(cell).append(',').append(s).append('\n'));
    AtomicFiles.writeString(dir.resolve(TIMINGS_CSV), t.toString());
  }
}
