import Autodiff

/// The local derivative of an operation written as a formula in operand names, the way a lesson
/// states it: for `z = w * x`, `dz/dw = x`; for `L = h ** 2`, `dL/dh = 2·h`.
enum LocalRule {
    /// The formula for ∂node/∂operand[slot], given the operand names.
    static func formula(of node: Value, slot: Int, operandNames a: [String]) -> String {
        let x = a.indices.contains(slot) ? a[slot] : "x"
        let other = a.count == 2 ? a[1 - slot] : "?"
        switch node.op {
        case "+": return "1"
        case "-": return slot == 0 ? "1" : "-1"
        case "*": return other
        case "/": return slot == 0 ? "1/\(other)" : "-\(other)/\(x)²"
        case "neg": return "-1"
        case "**":
            if let n = node.exponent {
                let m = n - 1
                if m == 1 { return "\(NumberFormat.short(n))·\(x)" }
                if m == 0 { return NumberFormat.short(n) }
                return "\(NumberFormat.short(n))·\(x)^\(NumberFormat.short(m))"
            }
            return slot == 0 ? "\(other)·\(x)^(\(other)-1)" : "\(a.first ?? "a")^\(x)·ln \(a.first ?? "a")"
        case "relu": return "(\(x) > 0 ? 1 : 0)"
        case "tanh": return "1 - tanh²(\(x))"
        case "sigmoid": return "σ(\(x))·(1 - σ(\(x)))"
        case "exp": return "exp(\(x))"
        case "log": return "1/\(x)"
        case "sin": return "cos(\(x))"
        case "cos": return "-sin(\(x))"
        case "abs": return "sign(\(x))"
        default: return "given by \(node.op)"
        }
    }

    /// True when the formula is a plain constant, so writing its value again adds nothing.
    static func isConstant(_ formula: String) -> Bool {
        Double(formula) != nil
    }
}
