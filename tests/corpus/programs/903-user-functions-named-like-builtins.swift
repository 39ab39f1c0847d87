func square(_ x: Double) -> Double { x * x }
func derivative(_ f: (Double) -> Double, at x: Double, h: Double = 1e-5) -> Double {
    return 100 + f(x)
}
print(derivative(square, at: 3))
print(derivative(square, at: 3, h: 0.1))
func useIt() -> Double { derivative(square, at: 2) }
print(useIt())
func max(_ a: Double, _ b: Double) -> Double { -1 }
print(max(1.0, 2.0))
func abs(_ x: Double) -> Double { 5 }
print(abs(-2.0))
func exp(_ x: Double) -> Double { 3 }
print(exp(0.0))
func mean(_ xs: [Double]) -> Double { 11 }
print(mean([1, 2]))
func softmax(_ xs: [Double]) -> [Double] { [0] }
print(softmax([1, 2]))
func sum(_ xs: [Double]) -> Double { 12 }
print(sum([1]))
func dot(_ a: [Double], _ b: [Double]) -> Double { 13 }
print(dot([1], [2]))
