let unit = 0.0...1.0
print(unit.contains(0.5), unit.contains(1.5), unit.lowerBound, unit.upperBound)
let xs = [0.2, 1.4, -0.1, 0.9]
print(xs.filter { unit.contains($0) })
print(min(max(1.7, 0), 1), min(max(-3.0, 0), 1))
