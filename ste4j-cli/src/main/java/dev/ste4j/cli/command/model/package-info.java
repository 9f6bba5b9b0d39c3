/**
 * Commands about quantizers and models: {@code ste quantizers}, {@code ste quantizer}, {@code ste summary} and
 * {@code ste export}.
 */
package dev.ste4j.cli.command.model;
