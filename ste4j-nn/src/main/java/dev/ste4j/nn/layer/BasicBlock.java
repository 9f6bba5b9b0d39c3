package dev.ste4j.nn.layer;

import dev.ste4j.tensor.Tensor;

/**
 * The residual basic block of He et al. (CVPR 2016): out = post(main(x) + shortcut(x)), where main is
 * conv → BN → activation → conv → BN, the shortcut is the identity or a projection (1×1 convolution + BN) when the
 * shape changes, and post is the activation after the sum (ReLU for float networks, BN + quantized activation in Yin
 * et al.'s setting, or nothing when the next layer quantizes its input).
 */
public final class BasicBlock extends Module {

  private final Module main;
  private final Module shortcut;
  private final Module post;

  /**
   * @param main the residual branch
   * @param shortcut the projection, or null for the identity
   * @param post applied after the sum, or null for none
   */
  public BasicBlock(Module main, Module shortcut, Module post) {
    this.main = addChild("main", main);
    this.shortcut = shortcut == null ? null : addChild("shortcut", shortcut);
    this.post = post == null ? null : addChild("post", post);
  }

  @Override
  public Tensor forward(Tensor x) {
    Tensor r = main.forward(x);
    Tensor s = shortcut == null ? x : shortcut.forward(x);
    if (!r.shape().equals(s.shape())) {
      throw new IllegalArgumentException("BasicBlock: branch " + r.shape() + " and shortcut " + s.shape()
          + " differ; a projection shortcut is needed");
    }
    Tensor y = r.add(s);
    return post == null ? y : post.forward(y);
  }

  public Module main() {
    return main;
  }

  public Module shortcut() {
    return shortcut;
  }

  public Module post() {
    return post;
  }

  @Override
  public String toString() {
    return "BasicBlock(" + (shortcut == null ? "identity" : "projection") + " shortcut)";
  }
}
