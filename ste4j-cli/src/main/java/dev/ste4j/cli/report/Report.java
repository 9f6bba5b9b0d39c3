package dev.ste4j.cli.report;

// Over 300 lines on purpose: the page model and every kind of block a section can hold, in one place, so that the
// whole API a paper section writes against reads in one file.

import dev.ste4j.lab.claim.Claim;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One self-contained HTML page per run: a header (command, status, seed, version, times, configuration, machine)
 * and then sections in the order they were added, each holding paragraphs, tables, images and key–value lists.
 *
 * <p>The page has inline CSS and no scripts; images are referenced by paths relative to the page's folder (the run
 * folder), so the folder can be moved or archived as a whole. All text is HTML-escaped. {@link RunFolder} fills the
 * header and writes the page as report.html when the run ends; code that produces results only adds sections.
 * Not thread-safe: add to a report from one thread.
 */
public final class Report {

  private final String title;
  private final Path baseDir;
  private final Map<String, Object> header = new LinkedHashMap<>();
  private final Map<String, Object> config = new LinkedHashMap<>();
  private final Map<String, Object> machine = new LinkedHashMap<>();
  private final List<Section> sections = new ArrayList<>();
  private final Set<String> anchors = new HashSet<>();
  private String status = "running";
  private String error;
  private String scale;

  /**
   * An empty report.
   *
   * @param title   the page title, e.g. {@code ste reproduce}
   * @param baseDir the folder the page will be written to; image paths are made relative to it
   */
  public Report(String title, Path baseDir) {
    this.title = Objects.requireNonNull(title, "title");
    this.baseDir = baseDir.toAbsolutePath().normalize();
  }

  /** Appends a new section and returns it; sections render in the order they were added. */
  public Section section(String title) {
    Section s = new Section(title, anchorFor(title), this::anchorFor);
    sections.add(s);
    return s;
  }

  private String anchorFor(String sectionTitle) {
    String base = sectionTitle.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    if (base.isEmpty()) {
      base = "section";
    }
    String anchor = base;
    for (int i = 2; !anchors.add(anchor); i++) {
      anchor = base + "-" + i;
    }
    return anchor;
  }

  /** The sections so far, in order. */
  public List<Section> sections() {
    return Collections.unmodifiableList(sections);
  }

  /** Every claim the sections recorded, in section order: the claims table at the top of the page. */
  public List<Claim> claims() {
    List<Claim> all = new ArrayList<>();
    for (Section s : sections) {
      all.addAll(s.claims());
    }
    return all;
  }

  /**
   * Names the scale the run ran at (e.g. {@code quick}); the page then opens with a banner naming it and listing every
   * claim whose experiment ran below the paper's scale (its {@link Claim#scale()} starts with {@code reduced}).
   */
  public Report scale(String scaleName) {
    this.scale = scaleName;
    return this;
  }

  /** The scale named by {@link #scale(String)}, or null. */
  public String scale() {
    return scale;
  }

  /** The claims as claims.json holds them: the scale and, per claim, its fields, section and anchor. */
  public Map<String, Object> claimsJson() {
    return ClaimsTable.json(this);
  }

  /** The page title. */
  public String title() {
    return title;
  }

  /** The folder the page is written to. */
  public Path baseDir() {
    return baseDir;
  }

  /** Sets one header entry (shown in insertion order at the top of the page); a null value removes it. */
  public Report header(String key, Object value) {
    if (value == null) {
      header.remove(key);
    } else {
      header.put(key, value);
    }
    return this;
  }

  /** The run's configuration, shown in the header. */
  public Report config(Map<String, ?> values) {
    config.clear();
    config.putAll(values);
    return this;
  }

  /** The machine description, shown in the header. */
  public Report machine(Map<String, ?> values) {
    machine.clear();
    machine.putAll(values);
    return this;
  }

  /** The run's status ({@code running}, {@code succeeded}, {@code failed}) and error message, if any. */
  public Report status(String status, String error) {
    this.status = Objects.requireNonNull(status, "status");
    this.error = error;
    return this;
  }

  /** The run's status as last set. */
  public String status() {
    return status;
  }

  /** The whole page. */
  public String toHtml() {
    return new HtmlPage(this).render();
  }

  /** Writes the page atomically to {@code file}. */
  public void write(Path file) throws IOException {
    AtomicFiles.writeString(file, toHtml());
  }

  Map<String, Object> headerEntries() {
    return header;
  }

  Map<String, Object> configEntries() {
    return config;
  }

  Map<String, Object> machineEntries() {
    return machine;
  }

  String error() {
    return error;
  }

  /** One part of the page: a titled block of content that renders in the order it was added. */
  public static final class Section {

    /** One piece of section content. */
    sealed interface Block permits Paragraph, TableBlock, Image, ImageRow, KeyValues, Code, Failure, Heading, Rerun {}

    record Paragraph(String text) implements Block {}

    record TableBlock(String caption, Table table, boolean folded) implements Block {}

    record Image(Path png, String caption) implements Block {}

    record ImageRow(List<Image> images, String caption) implements Block {}

    record KeyValues(Map<String, Object> values, String foldedAs) implements Block {}

    record Heading(String title, String anchor) implements Block {}

    record Rerun(String command, List<Path> files) implements Block {}

    /** A claim with the anchor of the subsection that tested it. */
    record Tested(Claim claim, String anchor) {}

    record Code(String text) implements Block {}

    record Failure(String message, Path log) implements Block {}

    private final String title;
    private final String anchor;
    private final List<Block> blocks = new ArrayList<>();
    private final java.util.function.UnaryOperator<String> anchors;
    private final List<Tested> claims = new ArrayList<>();
    private final List<Heading> subsections = new ArrayList<>();
    private boolean failed;
    private double seconds = Double.NaN;

    private Section(String title, String anchor, java.util.function.UnaryOperator<String> anchors) {
      this.title = Objects.requireNonNull(title, "title");
      this.anchor = anchor;
      this.anchors = anchors;
    }

    /**
     * Starts a subsection: a heading with its own anchor, listed in the page's contents; claims recorded after it
     * link to it.
     */
    public Section subsection(String heading) {
      Heading h = new Heading(Objects.requireNonNull(heading, "heading"), anchors.apply(title + " " + heading));
      blocks.add(h);
      subsections.add(h);
      return this;
    }

    /**
     * The exact command that regenerates what is shown just above it, and the data files (CSV, JSON) it came from,
     * linked relative to the page.
     */
    public Section rerun(String command, Path... files) {
      List<Path> paths = new ArrayList<>();
      for (Path f : files) {
        paths.add(f.toAbsolutePath().normalize());
      }
      blocks.add(new Rerun(Objects.requireNonNull(command, "command"), List.copyOf(paths)));
      return this;
    }

    /** A table folded away under its caption (a {@code <details>} element): for long tables a reader opens on demand. */
    public Section foldedTable(String caption, Table table) {
      blocks.add(new TableBlock(Objects.requireNonNull(caption, "caption"), Objects.requireNonNull(table, "table"),
          true));
      return this;
    }

    /** A key–value list folded away under {@code summary}. */
    public Section foldedKeyValues(String summary, Map<String, ?> values) {
      blocks.add(new KeyValues(new LinkedHashMap<>(values), Objects.requireNonNull(summary, "summary")));
      return this;
    }

    /** Images that belong together, side by side in one row, under one caption. */
    public Section imageRow(List<Path> pngs, String caption) {
      List<Image> images = new ArrayList<>();
      for (Path p : pngs) {
        images.add(new Image(p.toAbsolutePath().normalize(), null));
      }
      blocks.add(new ImageRow(List.copyOf(images), caption));
      return this;
    }

    /** A paragraph of plain text (escaped; blank lines are kept as paragraph breaks). */
    public Section paragraph(String text) {
      blocks.add(new Paragraph(Objects.requireNonNull(text, "text")));
      return this;
    }

    /** A table rendered as an HTML table. */
    public Section table(Table table) {
      return table(null, table);
    }

    /** A table with a caption above it. */
    public Section table(String caption, Table table) {
      blocks.add(new TableBlock(caption, Objects.requireNonNull(table, "table"), false));
      return this;
    }

    /**
     * An image with a caption. A relative path is taken relative to the working directory, like any {@link Path};
     * the page links it relative to the report's folder. When an SVG with the same base name sits beside the PNG,
     * the image links to it.
     */
    public Section image(Path png, String caption) {
      blocks.add(new Image(png.toAbsolutePath().normalize(), caption));
      return this;
    }

    /** A two-column list of names and values, in the map's iteration order. */
    public Section keyValues(Map<String, ?> values) {
      blocks.add(new KeyValues(new LinkedHashMap<>(values), null));
      return this;
    }

    /** Preformatted text, e.g. a command line or a log excerpt. */
    public Section code(String text) {
      blocks.add(new Code(Objects.requireNonNull(text, "text")));
      return this;
    }

    /**
     * Marks this section failed and shows the error's one-line description in it, with a link to {@code log} (the
     * run's errors.log, holding the stack trace) when there is one. No stack trace is shown on the page.
     */
    public Section fail(Throwable error, Path log) {
      failed = true;
      blocks.add(new Failure(describe(error), log == null ? null : log.toAbsolutePath().normalize()));
      return this;
    }

    /**
     * Records a claim this section tested; it shows in the report's claims table with a link to the current
     * subsection (or to this section before the first one).
     */
    public Section claim(Claim claim) {
      Objects.requireNonNull(claim, "claim");
      claims.add(new Tested(claim, subsections.isEmpty() ? anchor : subsections.get(subsections.size() - 1).anchor()));
      return this;
    }

    /** The claims recorded so far, in order. */
    public List<Claim> claims() {
      return claims.stream().map(Tested::claim).toList();
    }

    List<Tested> tested() {
      return Collections.unmodifiableList(claims);
    }

    List<Heading> subsections() {
      return Collections.unmodifiableList(subsections);
    }

    /** Records how long producing this section took; shown beside its title and in the contents. */
    public Section seconds(double elapsedSeconds) {
      this.seconds = elapsedSeconds;
      return this;
    }

    public String title() {
      return title;
    }

    /** Whether {@link #fail(Throwable, Path)} was called. */
    public boolean isFailed() {
      return failed;
    }

    /** Elapsed seconds, or NaN when not recorded. */
    public double seconds() {
      return seconds;
    }

    String anchor() {
      return anchor;
    }

    List<Block> blocks() {
      return blocks;
    }
  }

  /**
   * One line for a user: the message alone for errors whose message is written for users (ste4j's own exceptions,
   * bad arguments), else "Type: message", or the type alone when there is no message. Only the first line of a
   * multi-line message is kept.
   */
  public static String describe(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getName();
    }
    m = m.strip().lines().findFirst().orElse(m);
    return explainsItself(e) ? m : e.getClass().getSimpleName() + ": " + m;
  }

  private static boolean explainsItself(Throwable e) {
    return e instanceof IllegalArgumentException || e.getClass().getName().startsWith("dev.ste4j.");
  }
}
