/**
 * A data folder and the named datasets in it: {@link dev.ste4j.nn.data.store.DataStore} finds a dataset's files,
 * fetches the missing ones from the sources its {@link dev.ste4j.nn.data.store.DatasetSpec} lists (a local mirror
 * first), and reads them with the formats' readers; {@link dev.ste4j.nn.data.store.Datasets} is the one-line entry
 * point ({@code Datasets.mnist(dir)}). Fetching can be forbidden ({@code STE4J_OFFLINE}, {@code ste4j.offline}).
 */
package dev.ste4j.nn.data.store;
