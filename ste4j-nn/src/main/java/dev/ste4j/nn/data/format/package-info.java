/**
 * The standard dataset file formats, one checked reader each: {@link dev.ste4j.nn.data.format.IdxReader} (MNIST,
 * Fashion-MNIST), {@link dev.ste4j.nn.data.format.Cifar10Reader}, {@link dev.ste4j.nn.data.format.DigitsCsvReader},
 * and {@link dev.ste4j.nn.data.format.TarExtractor} for the archives they come in.
 *
 * <p>Every reader checks what it reads (magic numbers, dimensions, counts, file length, label range) and checks sizes
 * claimed by a header against the file before allocating, so a lying header cannot cause a huge allocation. A bad file
 * gets a {@link dev.ste4j.nn.data.DataFileException} naming the file and the problem; nothing half-loaded is returned.
 */
package dev.ste4j.nn.data.format;
