package dev.ste4j.nn.export;

import dev.ste4j.nn.layer.QuantConv2d;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A 2-D convolution: channels in and out, kernel size, stride, padding, then its kernel record ({@link KernelRecord}),
 * kernel [O, C·k·k].
 */
final class Conv2dCodec implements LayerCodec<QuantConv2d> {

  @Override
  public void write(QuantConv2d c, DataOutputStream out) throws IOException {
    out.writeInt(c.inChannels());
    out.writeInt(c.outChannels());
    out.writeInt(c.kernelSize());
    out.writeInt(c.stride());
    out.writeInt(c.padding());
    KernelRecord.write(out, c, c.outChannels(), c.inChannels() * c.kernelSize() * c.kernelSize());
  }

  @Override
  public InferenceStep read(RecordReader in, String where, long end) {
    int c = in.positive(where + " input channels");
    int o = in.positive(where + " output channels");
    int k = in.positive(where + " kernel size");
    int s = in.positive(where + " stride");
    int p = in.buf.getInt();
    if (p < 0 || p >= k) {
      // Padding of a kernel's size or more only adds outputs that see nothing but zeros; a corrupt value here
      // would make the first forward pass loop over billions of positions.
      throw in.fail(where + ": padding " + p + " outside 0.." + (k - 1) + " for kernel size " + k);
    }
    return new XnorConv2d(KernelRecord.read(in, where, o, (int) in.checkedProduct(where, c, k, k), end), c, k, s, p);
  }
}
