package dev.ste4j.nn.export;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Constants of the exported-model format (specified in docs/EXPORT_FORMAT.md): big-endian, a header (magic, version,
 * model name, input shape, input preprocessing, record count) then one record per layer (type byte, payload length,
 * payload).
 */
public final class ExportFormat {

  /** The first 8 bytes of every file. */
  static final byte[] MAGIC = "STE4JMDL".getBytes(StandardCharsets.US_ASCII);
  /** The format version this code writes; it reads this one and {@link #VERSION_WITHOUT_PREPROCESSING}. */
  public static final int VERSION = 2;
  /** Version 1: the same as 2 without the preprocessing block, so its models take inputs as they are. */
  static final int VERSION_WITHOUT_PREPROCESSING = 1;

  static final int DENSE = 1;
  static final int CONV2D = 2;
  static final int BATCH_NORM = 3;
  static final int MAX_POOL = 4;
  static final int AVG_POOL = 5;
  static final int FLATTEN = 6;
  static final int RELU = 7;
  static final int HARD_TANH = 8;
  static final int QUANT_ACTIVATION = 9;
  static final int RESIDUAL = 10;

  /** Input modes of dense/conv records. */
  static final int INPUT_FLOAT = 0;
  static final int INPUT_SIGN = 1;
  static final int INPUT_QUANTIZER = 2;

  /** Kernel modes of dense/conv records. */
  static final int KERNEL_FLOAT = 0;
  static final int KERNEL_PACKED_SIGN = 1;

  /** Quantizers whose (deterministic) forward is sign(x) with sign(0) = +1: their values pack into bits exactly. */
  static final Set<String> SIGN_QUANTIZERS = Set.of("ste_sign", "approx_sign", "swish_sign", "stochastic_sign");

  /** Bounds that keep a corrupt header from asking for absurd allocations before the length checks. */
  static final int MAX_RANK = 8;
  /**
   * The most values one input sample may have (256 Ki floats, e.g. 3×295×295): the reader runs one zero sample through
   * a model to check that its records fit together, and a corrupt input shape must not make that check huge.
   */
  static final long MAX_SAMPLE_VALUES = 1L << 18;
  static final int MAX_NAME_BYTES = 1024;

  private ExportFormat() {}
}
