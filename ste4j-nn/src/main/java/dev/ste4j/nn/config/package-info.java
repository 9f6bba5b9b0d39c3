/**
 * Typed, checked reading of named settings (from a YAML config or the command line) for the registries of optimizers,
 * schedules and training options: unknown keys and malformed values fail with a message naming them.
 */
package dev.ste4j.nn.config;
