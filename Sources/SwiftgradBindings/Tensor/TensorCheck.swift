import Foundation
import SwiftgradLang
import Autodiff
import Displays

/// `check(actual, expected)` when either side is a Tensor (the other may be an array): the shapes
/// must agree, then every element within tolerance·max(1, |expected|). The line shows the shape and
/// the largest difference rather than every element of a matrix.
enum TensorCheck {
    static func evaluate(_ actual: ScriptValue, _ expected: ScriptValue, tolerance: Double, label: String?) throws -> CheckResult {
        let a = try TensorConvert.operand(actual, "check's actual value")
        let e = try TensorConvert.operand(expected, "check's expected value")
        let prefix = label.map { "\($0): " } ?? ""
        guard a.shape == e.shape else {
            return CheckResult(passed: false, message: "\(prefix)got shape \(TensorText.shape(a.shape)), expected \(TensorText.shape(e.shape))")
        }
        var worst = 0.0, worstAt = -1, failedAt = -1
        for i in 0..<a.count {
            let x = a.data[i], y = e.data[i]
            if x.isNaN || y.isNaN {
                if !(x.isNaN && y.isNaN) && failedAt < 0 { failedAt = i }
                continue
            }
            let d = Swift.abs(x - y)
            if d > worst || worstAt < 0 { worst = d; worstAt = i }
            if x != y && d > tolerance * Swift.max(1, Swift.abs(y)) && failedAt < 0 { failedAt = i }
        }
        let shape = TensorText.shape(a.shape)
        if failedAt < 0 {
            let detail = worst == 0 ? "equal" : "largest difference \(short(worst))"
            return CheckResult(passed: true, message: "\(prefix)\(shape) \(detail)")
        }
        let index = position(failedAt, a.shape)
        return CheckResult(passed: false, message: "\(prefix)\(shape) differ at \(index): got \(a.data[failedAt]), expected \(e.data[failedAt])"
                           + " (largest difference \(short(worst))" + (tolerance != CheckBindings.defaultTolerance ? ", tolerance \(tolerance))" : ")"))
    }

    static func short(_ x: Double) -> String { x < 1e-3 || x >= 1e7 ? String(format: "%.2g", x) : String(format: "%.4g", x) }

    /// The multi-index of a row-major offset: `[1, 2]`.
    static func position(_ offset: Int, _ shape: [Int]) -> String {
        var rest = offset, index: [Int] = []
        for d in shape.reversed() { index.append(d == 0 ? 0 : rest % d); rest /= Swift.max(d, 1) }
        return "[" + index.reversed().map(String.init).joined(separator: ", ") + "]"
    }
}
