#!/usr/bin/env python3
"""Independent 30-digit reference values for EvalLinesReferenceTest (mpmath).

Evaluates the paper's closed forms literally: Lemma 1 (f), Lemma 2 (df/dv, df/dw), Lemma 9 (identity),
Lemma 4 (ReLU, cos(theta/2) form), Lemma 7 (clipped ReLU, csc/cot form) with xi, p, q as mpmath.quad integrals
over phi in [theta - pi/2, pi/2] -- no erf closed forms, no code shared with ste4j.
Run: python3 reference.py > reference.jsonl
"""
import json
from mpmath import mp, mpf, matrix, acos, cos, sin, cot, csc, pi, sqrt, exp, quad, sec

mp.dps = 30

POINTS = [
    ("moderate", [1.0, -0.5, 2.0], [0.3, 0.2, -1.0, 0.5], [0.7, 1.2, -0.4], [0.0, 1.0, 0.0, 0.0]),
    ("small-w", [0.2, 0.9, -0.4], [0.05, -0.02, 0.01, 0.03], [1.0, -0.3, 0.8], [0.6, 0.8, 0.0, 0.0]),
    ("near-pi", [-1.5, 0.4, 0.3], [-2.0, 0.3, 0.1, -0.2], [0.5, 1.5, -2.0], [1.0, 0.0, 0.0, 0.0]),
    ("large-w", [0.8, 0.1, -0.7], [3.0, -4.0, 2.0, 1.0], [-0.3, 0.6, 0.9], [0.5, -0.5, 0.5, 0.5]),
]


def vec(x):
    return [mpf(repr(a)) for a in x]


def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


def norm(a):
    return sqrt(dot(a, a))


def xi(x):
    return quad(lambda r: r * r * exp(-r * r / 2), [0, x])


def p_int(theta, a):
    if theta >= pi:
        return mpf(0)
    return quad(lambda ph: cos(ph) * xi(sec(ph) / a), [theta - pi / 2, pi / 2]) / (2 * pi)


def q_int(theta, a):
    if theta <= 0 or theta >= pi:
        return mpf(0)
    return quad(lambda ph: sin(ph) * xi(sec(ph) / a), [theta - pi / 2, 0, pi / 2]) / (2 * pi)


def evaluate(name, v, w, vs, ws):
    v, w, vs, ws = vec(v), vec(w), vec(vs), vec(ws)
    m, n = len(v), len(w)
    a = norm(w)
    u = [x / a for x in w]
    us = [x / norm(ws) for x in ws]
    theta = acos(dot(u, us))
    one_v, one_s = sum(v), sum(vs)
    vv, vvs, ss = dot(v, v), dot(v, vs), dot(vs, vs)
    c = 1 - 2 * theta / pi
    f = (vv + one_v ** 2 - 2 * (c * vvs + one_v * one_s) + ss + one_s ** 2) / 8
    grad_v = [(v[i] + one_v) / 4 - (c * vs[i] + one_s) / 4 for i in range(m)]
    perp = [us[j] - dot(u, us) * u[j] for j in range(n)]
    pn = norm(perp)
    grad_w = [-vvs / (2 * pi * a) * perp[j] / pn for j in range(n)]
    h = vv + one_v ** 2 - one_v * one_s + vvs
    s2p = sqrt(2 * pi)
    identity = [(vv * u[j] - vvs * us[j]) / s2p for j in range(n)]
    bis = [u[j] + us[j] for j in range(n)]
    bn = norm(bis)
    relu = [h / (2 * s2p) * u[j] - cos(theta / 2) * vvs / s2p * bis[j] / bn for j in range(n)]
    p0, p, q = p_int(mpf(0), a), p_int(theta, a), q_int(theta, a)
    crelu = [p0 * h / 2 * u[j] - vvs * csc(theta / 2) * q * bis[j] / bn - vvs * (p - cot(theta / 2) * q) * u[j]
             for j in range(n)]
    s = lambda x: mp.nstr(x, 25)
    return {"id": name, "m": m, "n": n, "input": {"v": [float(x) for x in v], "w": [float(x) for x in w],
            "vStar": [float(x) for x in vs], "wStar": [float(x) for x in ws]},
            "theta": s(theta), "loss": s(f), "gradV": [s(x) for x in grad_v], "gradW": [s(x) for x in grad_w],
            "identity": [s(x) for x in identity], "relu": [s(x) for x in relu], "clippedRelu": [s(x) for x in crelu]}


for point in POINTS:
    print(json.dumps(evaluate(*point)))
