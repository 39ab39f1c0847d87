"""Tensor products through the engine's BLAS (BLIS, with the kernels Swiftgrad chooses for this
processor) agree with NumPy's on the same matrices: forward, and the transposed products of the
backward pass (dA = G·Bᵀ, dB = Aᵀ·G), for shapes that are not multiples of any kernel's block size."""
import json

import numpy as np
import pytest

from harness import run_script

SCRIPT = """
seed({seed})
let A = Tensor.randn([{m}, {k}], requiresGrad: true)
let B = Tensor.randn([{k}, {n}], requiresGrad: true)
let G = Tensor.randn([{m}, {n}])
let C = matmul(A, B)
(C * G).sum().backward()
print(A.data)
print(B.data)
print(G.data)
print(C.data)
print(A.grad!.data)
print(B.grad!.data)
"""


@pytest.mark.parametrize("m,k,n", [(300, 200, 150), (123, 457, 211), (1, 700, 64), (97, 3, 512)])
def test_matmul_and_its_gradients_match_numpy(tmp_path, m, k, n):
    done = run_script(tmp_path, SCRIPT.format(seed=m + k + n, m=m, k=k, n=n))
    assert done.returncode == 0, done.stderr
    a, b, g, c, da, db = (np.array(json.loads(line)) for line in done.stdout.splitlines())
    A, B, G = a.reshape(m, k), b.reshape(k, n), g.reshape(m, n)
    scale = np.sqrt(k)  # entries of a product of standard normals grow like sqrt(k)
    np.testing.assert_allclose(c.reshape(m, n), A @ B, rtol=0, atol=1e-12 * scale)
    np.testing.assert_allclose(da.reshape(m, k), G @ B.T, rtol=0, atol=1e-12 * np.sqrt(n))
    np.testing.assert_allclose(db.reshape(k, n), A.T @ G, rtol=0, atol=1e-12 * np.sqrt(m))
