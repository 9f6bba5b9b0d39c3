package dev.ste4j.lab.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ErrorFunctionTest {

  // Reference values from CPython's math.erf / math.erfc (correctly rounded to within an ulp or so):
  //   python3 -c "import math; print(repr(math.erf(0.5)), repr(math.erfc(3)), ...)"
  private static final double[][] ERF = {
    {0.1, 0.1124629160182849},
    {0.5, 0.5204998778130465},
    {1.0, 0.8427007929497149},
    {2.0, 0.9953222650189527},
    {2.9, 0.9999589021219005},
    {3.5, 0.9999992569016276},
  };
  private static final double[][] ERFC = {
    {0.5, 0.4795001221869535},
    {1.0, 0.15729920705028513},
    {2.0, 0.004677734981047265},
    {3.0, 2.2090496998585438e-05},
    {5.0, 1.5374597944280351e-12},
    {10.0, 2.088487583762545e-45},
    {20.0, 5.3958656116079005e-176},
  };

  @Test
  void erfMatchesReferenceValues() {
    for (double[] c : ERF) {
      assertThat(ErrorFunction.erf(c[0])).as("erf(%s)", c[0]).isCloseTo(c[1], within(2e-16 * 4));
      assertThat(ErrorFunction.erf(-c[0])).isEqualTo(-ErrorFunction.erf(c[0]));
    }
    assertThat(ErrorFunction.erf(0)).isZero();
    assertThat(ErrorFunction.erf(40)).isEqualTo(1.0);
  }

  @Test
  void erfcHasRelativeAccuracyInTheTail() {
    for (double[] c : ERFC) {
      assertThat(ErrorFunction.erfc(c[0])).as("erfc(%s)", c[0]).isCloseTo(c[1], within(Math.abs(c[1]) * 2e-14));
    }
    assertThat(ErrorFunction.erfc(-1.0)).isCloseTo(2 - 0.15729920705028513, within(4e-16));
    assertThat(ErrorFunction.erfc(30)).isZero();
  }

  @Test
  void normalCdfAndDensity() {
    assertThat(ErrorFunction.normalCdf(0)).isEqualTo(0.5);
    // Φ(−1.96) = 0.024997895148220435 (python: 0.5*math.erfc(1.96/math.sqrt(2)))
    assertThat(ErrorFunction.normalCdf(-1.96)).isCloseTo(0.024997895148220435, within(4e-17));
    assertThat(ErrorFunction.normalCdf(-10)).isCloseTo(7.619853024160593e-24, within(1e-36));
    assertThat(ErrorFunction.normalDensity(1)).isCloseTo(Math.exp(-0.5) / Math.sqrt(2 * Math.PI), within(1e-17));
    assertThat(ErrorFunction.erf(Double.NaN)).isNaN();
  }
}
