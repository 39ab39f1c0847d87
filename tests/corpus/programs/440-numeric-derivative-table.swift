import Foundation
let fns: [(String, (Double) -> Double, (Double) -> Double)] = [
    ("x^2", { $0 * $0 }, { 2 * $0 }),
    ("sin", sin, cos),
    ("exp", exp, exp),
    ("tanh", tanh, { 1 - tanh($0) * tanh($0) }),
]
for (name, f, df) in fns {
    for x in [0.0, 0.5, 1.0] {
        let h = 1e-6
        let numeric = (f(x + h) - f(x - h)) / (2 * h)
        let err = abs(numeric - df(x))
        print(name.padding(toLength: 5, withPad: " ", startingAt: 0), String(format: "%.1f %.6f %@", x, df(x), err < 1e-6 ? "ok" : "BAD"))
    }
}
