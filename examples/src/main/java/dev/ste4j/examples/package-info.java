/**
 * ste4j used as a library from Java code: short programs that train, export and run binary networks with the public
 * API of ste4j-nn alone. Each runs with {@code java --add-modules jdk.incubator.vector -cp …}.
 */
package dev.ste4j.examples;
