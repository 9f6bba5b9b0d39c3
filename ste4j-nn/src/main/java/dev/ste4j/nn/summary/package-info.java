/**
 * Model summary: per layer the input precision, output shape, parameter counts by bit width, memory and
 * multiply-accumulates by precision; totals, the float-32 equivalent and the compression ratio (Larq's
 * {@code summary} in spirit), with the measured size of the exported model beside the estimate.
 */
package dev.ste4j.nn.summary;
