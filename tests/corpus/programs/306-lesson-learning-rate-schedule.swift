import Foundation
let base = 0.1
func stepDecay(_ epoch: Int) -> Double { base * pow(0.5, Double(epoch / 10)) }
func expDecay(_ epoch: Int) -> Double { base * exp(-0.1 * Double(epoch)) }
func cosine(_ epoch: Int, total: Int) -> Double { 0.5 * base * (1 + cos(Double.pi * Double(epoch) / Double(total))) }
for e in stride(from: 0, through: 30, by: 10) {
    print(e, stepDecay(e), String(format: "%.5f", expDecay(e)), String(format: "%.5f", cosine(e, total: 30)))
}
func warmup(_ step: Int, steps: Int) -> Double { step < steps ? base * Double(step + 1) / Double(steps) : base }
print((0..<6).map { warmup($0, steps: 4) })
