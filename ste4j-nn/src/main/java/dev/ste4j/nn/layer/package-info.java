/** Modules (layers and models) with explicitly registered parameters, buffers and children. */
package dev.ste4j.nn.layer;
