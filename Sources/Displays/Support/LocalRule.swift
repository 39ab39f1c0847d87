import Autodiff

/// The local derivative of an operation written as a formula in operand names, the way a lesson
/// states it: for `z = w * x`, `dz/dw = x`; for `L = h ** 2`, `dL/dh = 2·h`. The formulas are the
/// engine's op table (`OpCode.formula`), printed with the displays' number format.
enum LocalRule {
    /// The formula for ∂node/∂operand[slot], given the operand names.
    static func formula(of node: Value, slot: Int, operandNames names: [String]) -> String {
        guard let formula = node.opCode.formula(slot: slot, exponent: node.exponent ?? 0) else {
            return "given by \(node.op)"
        }
        return formula.text(operands: names, number: NumberFormat.short)
    }

    /// True when the formula is a plain constant, so writing its value again adds nothing.
    static func isConstant(_ formula: String) -> Bool {
        Double(formula) != nil
    }
}
