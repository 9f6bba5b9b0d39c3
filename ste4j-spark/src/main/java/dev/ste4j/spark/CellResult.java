package dev.ste4j.spark;

import java.io.Serializable;

/** What a Spark task sends back for one cell: its index, its result and its wall time on the executor. */
record CellResult<R extends Serializable>(int cell, R result, double seconds) implements Serializable {}
