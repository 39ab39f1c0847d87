import Foundation
func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
for x in [-2.0, 0.0, 2.0] {
    print(x, sigmoid(x), tanh(x), max(0, x))
}
