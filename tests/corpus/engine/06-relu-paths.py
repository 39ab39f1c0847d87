from reference import Value
xs = [Value(v) for v in [-2.0, -0.5, 0.0, 0.5, 2.0]]
s = Value(0.0)
for x in xs:
    s = s + x.relu() * x + (-x).relu()
s.backward()
print(s.data)
print(*[x.grad for x in xs])
