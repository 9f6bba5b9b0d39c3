package dev.ste4j.lab.yin2019;

/**
 * A critical point of the population loss (Proposition 1): its kind ("global minimizer", "saddle", "spurious
 * minimizer"), the second-layer weights v, one representative filter w (any positive multiple, and for the saddle any
 * rotation about w* that keeps the angle, is equally critical), and θ(w, w*).
 */
public record CriticalPoint(String kind, double[] v, double[] w, double theta) {

  public CriticalPoint {
    v = v.clone();
    w = w.clone();
  }

  @Override
  public double[] v() {
    return v.clone();
  }

  @Override
  public double[] w() {
    return w.clone();
  }
}
