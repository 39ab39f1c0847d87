let n = Double.nan
print(n.isNaN, n == n, (0.0 / 0.0).isNaN, Double.infinity.isInfinite)
print(n, -Double.infinity, (1.0).isFinite)
print(max(1.0, 2.0), min(-0.5, 0.5))
