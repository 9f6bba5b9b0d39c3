package dev.ste4j.cli.command.lab.yin2019;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SettledWindowTest {

  private static int[] iterations(int n, int every) {
    int[] its = new int[n];
    for (int i = 0; i < n; i++) {
      its[i] = i * every;
    }
    return its;
  }

  @Test
  void theWindowEndsALittleAfterTheLastCurveSettles() {
    int[] its = iterations(201, 10); // 0, 10, …, 2000
    double[] fast = new double[201];
    double[] slow = new double[201];
    for (int i = 0; i < 201; i++) {
      fast[i] = i < 5 ? 1 - 0.2 * i : 0;
      slow[i] = i < 13 ? Math.PI * i / 13 : Math.PI; // last move at index 12 → settled from iteration 130
    }
    SettledWindow w = SettledWindow.of(List.of(its, its), List.of(fast, slow), 1e-3);
    assertThat(w.settled()).isEqualTo(130);
    assertThat(w.window()).isEqualTo(200); // 1.2 × 130 = 156, up to a multiple of 50
    assertThat(w.cuts()).isTrue();
    double[][] xy = w.cut(its, slow);
    assertThat(xy[0]).hasSize(21).endsWith(200.0);
    assertThat(xy[1]).endsWith(Math.PI);
  }

  @Test
  void aCurveStillMovingAtTheEndIsShownWhole() {
    int[] its = iterations(11, 100);
    double[] moving = new double[11];
    for (int i = 0; i < 11; i++) {
      moving[i] = i;
    }
    SettledWindow w = SettledWindow.of(List.of(its), List.of(moving), 1e-3);
    assertThat(w.window()).isEqualTo(1000);
    assertThat(w.cuts()).isFalse();
    assertThat(w.cut(its, moving)[0]).hasSize(11);
  }
}
