/**
 * Datasets and their files: an in-memory {@link dev.ste4j.nn.data.Dataset}, one checked reader per standard file
 * format ({@link dev.ste4j.nn.data.IdxReader}, {@link dev.ste4j.nn.data.Cifar10Reader},
 * {@link dev.ste4j.nn.data.DigitsCsvReader}), the named datasets and the sources they are fetched from
 * ({@link dev.ste4j.nn.data.Datasets}, {@link dev.ste4j.nn.data.DataStore}), and preprocessing: scaling and per-channel
 * standardisation, seeded shuffling into mini-batches, a train/validation split and CIFAR augmentation.
 *
 * <p>Every reader checks what it reads (magic numbers, dimensions, counts, file length, label range) and checks sizes
 * claimed by a header against the file before allocating, so a lying header cannot cause a huge allocation. A bad file
 * gets a {@link dev.ste4j.nn.data.DataFileException} naming the file and the problem; nothing half-loaded is returned.
 */
package dev.ste4j.nn.data;
