/**
 * Export of trained models to the versioned binary format of docs/EXPORT_FORMAT.md (binary kernels bit-packed, float
 * parameters beside them) and the inference path that loads such a file and runs binary layers with XNOR-popcount,
 * giving the same predictions as the training graph in evaluation mode.
 */
package dev.ste4j.nn.export;
