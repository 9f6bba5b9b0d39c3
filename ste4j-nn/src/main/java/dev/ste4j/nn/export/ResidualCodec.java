package dev.ste4j.nn.export;

import dev.ste4j.nn.layer.BasicBlock;
import dev.ste4j.nn.layer.Module;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/** A residual block: the sizes of its branch, shortcut and post parts, then their records. */
final class ResidualCodec implements LayerCodec<BasicBlock> {

  @Override
  public void write(BasicBlock b, DataOutputStream out) throws IOException {
    List<Module> main = InferenceModules.flatten(b.main());
    List<Module> shortcut = b.shortcut() == null ? List.of() : InferenceModules.flatten(b.shortcut());
    List<Module> post = b.post() == null ? List.of() : InferenceModules.flatten(b.post());
    out.writeInt(main.size());
    out.writeInt(shortcut.size());
    out.writeInt(post.size());
    RecordWriter.records(out, main);
    RecordWriter.records(out, shortcut);
    RecordWriter.records(out, post);
  }

  @Override
  public InferenceStep read(RecordReader in, String where, long end) {
    int a = in.count(where + " branch size");
    int b = in.count(where + " shortcut size");
    int c = in.count(where + " post size");
    return new ResidualStep(in.records(a, where + " branch"), in.records(b, where + " shortcut"),
        in.records(c, where + " post"));
  }
}
