package dev.ste4j.nn.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.model.Models;
import org.junit.jupiter.api.Test;

class SummaryTotalsTest {

  @Test
  void everyParameterAndBufferOfEveryModelIsCountedOnce() {
    for (String name : Models.names()) {
      for (ModelConfig c : new ModelConfig[] {ModelConfig.defaults(), ModelConfig.binary(), ModelConfig.yin(2, "relu")}) {
        ModelConfig small = c.withWidth(name.startsWith("bnn-mlp") || name.equals("mlp") ? 32 : 4);
        Module m = Models.create(name, small);
        ModelSummary s = ModelSummary.of(name, m, Models.inputShape(name, small));
        long params = m.parameters().stream().mapToLong(p -> p.value().size()).sum();
        long buffers = m.namedBuffers().values().stream().mapToLong(b -> b.length).sum();
        assertThat(s.totalParams()).as(name + " " + small).isEqualTo(params + buffers);
        assertThat(s.rows()).allMatch(r -> !r.path().equals("?"));
        assertThat(s.float32Bytes()).isEqualTo(4 * (params + buffers));
      }
    }
  }
}
