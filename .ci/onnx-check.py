"""onnx.checker on exported ONNX/QONNX files (CI's optional step; needs Debian's python3-onnx).

Every file gets the checker with full_check (with strict shape inference; ONNX skips the operators of domains it does
not know), and the QONNX nodes are checked for the domain, inputs and attributes of the QONNX spec.
"""
import sys

import onnx

QONNX = "qonnx.custom_op.general"
QUANT_ATTRIBUTES = {"signed", "narrow", "rounding_mode"}

for path in sys.argv[1:]:
    model = onnx.load(path)
    custom = [n for n in model.graph.node if n.domain]
    onnx.checker.check_model(model, full_check=True)
    for n in custom:
        assert n.domain == QONNX, f"{path}: node {n.name} of domain {n.domain}"
        if n.op_type == "BipolarQuant":
            assert len(n.input) == 2 and not n.attribute, f"{path}: {n.name} is not BipolarQuant(X, scale)"
        elif n.op_type == "Quant":
            assert len(n.input) == 4, f"{path}: {n.name} is not Quant(X, scale, zeropt, bitwidth)"
            assert {a.name for a in n.attribute} == QUANT_ATTRIBUTES, f"{path}: {n.name} attributes"
        else:
            raise AssertionError(f"{path}: unknown QONNX operator {n.op_type}")
    ops = sorted({n.op_type for n in model.graph.node})
    meta = {p.key: p.value for p in model.metadata_props}
    print(f"onnx.checker ok: {path} (opset {[(o.domain or 'ai.onnx', o.version) for o in model.opset_import]},"
          f" {len(model.graph.node)} nodes: {', '.join(ops)}; model {meta.get('ste4j.model')})")
