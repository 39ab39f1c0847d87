import Foundation
func relu(_ x: Double) -> Double { max(0, x) }
func reluGrad(_ x: Double) -> Double { x > 0 ? 1 : 0 }
func leaky(_ x: Double) -> Double { x > 0 ? x : 0.01 * x }
func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
func sigmoidGrad(_ x: Double) -> Double { let s = sigmoid(x); return s * (1 - s) }
func tanhGrad(_ x: Double) -> Double { 1 - tanh(x) * tanh(x) }
for x in [-2.0, -0.5, 0.0, 0.5, 2.0] {
    print(x, relu(x), reluGrad(x), leaky(x), sigmoid(x), sigmoidGrad(x), tanh(x), tanhGrad(x))
}
let h = 1e-5
let numeric = (sigmoid(0.3 + h) - sigmoid(0.3 - h)) / (2 * h)
print(abs(numeric - sigmoidGrad(0.3)) < 1e-9)
