package dev.ste4j.lab.yin2019;

import dev.ste4j.nn.quantizer.SteVariant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Sample means over explicit inputs Z⁽¹⁾…Z⁽ᴺ⁾ at one point (v, w), with labels y* from the teacher: the loss
 * (1/N)Σ ℓ, the gradient (1/N)Σ ∂ℓ/∂v, and the coarse gradient (1/N)Σ g_μ of Eq. 5 for each STE.
 *
 * @param loss mean of ½(vᵀσ(Zw) − y*)²
 * @param gradV mean of σ(Zw)(vᵀσ(Zw) − y*), length m
 * @param coarse mean of Zᵀ(μ'(Zw) ⊙ v)(vᵀσ(Zw) − y*) for each STE evaluated, length n each
 */
public record EmpiricalPoint(double loss, double[] gradV, Map<SteVariant, double[]> coarse) {

  public EmpiricalPoint {
    coarse = Collections.unmodifiableMap(new EnumMap<>(coarse));
  }

  /** The mean coarse gradient of one STE (which must have been evaluated). */
  public double[] coarse(SteVariant ste) {
    return coarse.get(ste).clone();
  }
}
