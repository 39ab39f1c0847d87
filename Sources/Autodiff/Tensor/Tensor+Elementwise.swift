import Foundation
import CTensorKernels

/// Element-wise operations. Each rule is the forward function and its local derivatives side by
/// side; binary operations broadcast as NumPy does, and a broadcast operand's gradient is summed
/// back to its own shape (the walk that spread it forward gathers it backward).
public enum BinaryOp: String, CaseIterable {
    case add = "+", subtract = "-", multiply = "*", divide = "/"

    /// The operation's number in the C kernels (Sources/CTensorKernels).
    var kernel: Int32 {
        switch self {
        case .add: return Int32(SWIFTGRAD_ADD)
        case .subtract: return Int32(SWIFTGRAD_SUBTRACT)
        case .multiply: return Int32(SWIFTGRAD_MULTIPLY)
        case .divide: return Int32(SWIFTGRAD_DIVIDE)
        }
    }

    /// (a, b) → a ∘ b, and d(a ∘ b)/da, d(a ∘ b)/db.
    @inline(__always) func apply(_ a: Double, _ b: Double) -> Double {
        switch self {
        case .add: return a + b
        case .subtract: return a - b
        case .multiply: return a * b
        case .divide: return a / b
        }
    }
    @inline(__always) func dA(_ a: Double, _ b: Double) -> Double {
        switch self {
        case .add, .subtract: return 1
        case .multiply: return b
        case .divide: return 1 / b
        }
    }
    @inline(__always) func dB(_ a: Double, _ b: Double) -> Double {
        switch self {
        case .add: return 1
        case .subtract: return -1
        case .multiply: return a
        case .divide: return -a / (b * b)
        }
    }
}

public enum UnaryOp: String, CaseIterable {
    case negate = "neg", relu, sigmoid, tanh, exp, log, abs

    @inline(__always) func apply(_ x: Double) -> Double {
        switch self {
        case .negate: return -x
        case .relu: return x > 0 ? x : 0
        case .sigmoid: return 1 / (1 + FastExp.exp(-x))
        case .tanh: return Foundation.tanh(x)
        case .exp: return FastExp.exp(x)
        case .log: return Foundation.log(x)
        case .abs: return Swift.abs(x)
        }
    }
    /// d(out)/dx from the input x and the output y.
    @inline(__always) func derivative(_ x: Double, _ y: Double) -> Double {
        switch self {
        case .negate: return -1
        case .relu: return x > 0 ? 1 : 0
        case .sigmoid: return y * (1 - y)
        case .tanh: return 1 - y * y
        case .exp: return y
        case .log: return 1 / x
        case .abs: return x > 0 ? 1 : (x < 0 ? -1 : 0)
        }
    }
}

extension Tensor {
    /// a ∘ b with broadcasting; throws a shape error naming the op and both shapes.
    public static func binary(_ op: BinaryOp, _ a: Tensor, _ b: Tensor) throws -> Tensor {
        if !a.requiresGrad && !b.requiresGrad && a.shape == b.shape {
            // Equal shapes outside a graph (a training step's a2 - y, W - 0.1 * dW): no broadcast plan.
            let n = try Shape.checkedCount(a.shape, op: op.rawValue)
            let out = readElements(a.data) { pa in readElements(b.data) { pb in makeElements(n) { po in
                swiftgrad_binary(op.kernel, Int32(SWIFTGRAD_SAME), pa, pb, po, n, 0)
            } } }
            return Tensor(shape: a.shape, data: out)
        }
        let bc = try Broadcast(a.shape, b.shape, op: op.rawValue)
        let out = readElements(a.data) { pa in readElements(b.data) { pb in makeElements(bc.count) { po in bc.apply(op, pa, pb, po) } } }
        return Tensor(shape: bc.shape, data: out, op: op.rawValue, recording: a.requiresGrad || b.requiresGrad, parents: [a, b]) { { [unowned a, unowned b] g in
            readElements(g) { pg in
                readElements(a.data) { pa in
                    readElements(b.data) { pb in
                        a.accumulateGrad { ga in bc.forEach { i, ia, ib in ga[ia] += pg[i] * op.dA(pa[ia], pb[ib]) } }
                        b.accumulateGrad { gb in bc.forEach { i, ia, ib in gb[ib] += pg[i] * op.dB(pa[ia], pb[ib]) } }
                    }
                }
            }
        } }
    }

    /// a ∘ x or x ∘ a for a number x (`1 - a`, `0.1 * dW`, `W / m`). Outside a graph no constant
    /// tensor is made; inside one the number becomes a constant node (graphs show it).
    public static func binary(_ op: BinaryOp, _ a: Tensor, number x: Double, numberFirst: Bool) throws -> Tensor {
        guard !a.requiresGrad else {
            let c = Tensor.constant(x)
            return try numberFirst ? binary(op, c, a) : binary(op, a, c)
        }
        let n = a.count
        let out = readElements(a.data) { pa in withUnsafePointer(to: x) { px in makeElements(n) { po in
            if numberFirst {
                swiftgrad_binary(op.kernel, Int32(SWIFTGRAD_SCALAR_A), px, pa, po, n, 0)
            } else {
                swiftgrad_binary(op.kernel, Int32(SWIFTGRAD_SCALAR_B), pa, px, po, n, 0)
            }
        } } }
        return Tensor(shape: a.shape, data: out)
    }

    public func unary(_ op: UnaryOp) -> Tensor {
        let x = self
        let n = count
        // One loop per op (the switch hoisted out), so each can be vectorised.
        let out = readElements(data) { px in makeElements(n) { po in
            switch op {
            case .sigmoid: swiftgrad_sigmoid_array(px, po, n)
            case .exp: swiftgrad_exp_array(px, po, n)
            case .relu: for i in 0..<n { po[i] = px[i] > 0 ? px[i] : 0 }
            default: for i in 0..<n { po[i] = op.apply(px[i]) }
            }
        } }
        return Tensor(shape: shape, data: out, op: op.rawValue, recording: x.requiresGrad, parents: [x]) { { [unowned x] g in
            let y = out
            readElements(g) { pg in readElements(x.data) { px in readElements(y) { py in
                x.accumulateGrad { gx in for i in 0..<x.count { gx[i] += pg[i] * op.derivative(px[i], py[i]) } }
            } } }
        } }
    }

    /// x ** p for a constant exponent.
    public func pow(_ p: Double) -> Tensor {
        let x = self
        let out = data.map { Foundation.pow($0, p) }
        return Tensor(shape: shape, data: out, op: "**\(NumberText.short(p))", recording: x.requiresGrad, parents: [x]) { { [unowned x] g in
            readElements(g) { pg in readElements(x.data) { px in
                x.accumulateGrad { gx in for i in 0..<x.count { gx[i] += pg[i] * p * Foundation.pow(px[i], p - 1) } }
            } }
        } }
    }

    public func relu() -> Tensor { unary(.relu) }
    public func sigmoid() -> Tensor { unary(.sigmoid) }
    public func tanh() -> Tensor { unary(.tanh) }
    public func exp() -> Tensor { unary(.exp) }
    public func log() -> Tensor { unary(.log) }
    public func abs() -> Tensor { unary(.abs) }

    public static func + (a: Tensor, b: Tensor) throws -> Tensor { try binary(.add, a, b) }
    public static func - (a: Tensor, b: Tensor) throws -> Tensor { try binary(.subtract, a, b) }
    public static func * (a: Tensor, b: Tensor) throws -> Tensor { try binary(.multiply, a, b) }
    public static func / (a: Tensor, b: Tensor) throws -> Tensor { try binary(.divide, a, b) }
    public static prefix func - (a: Tensor) -> Tensor { a.unary(.negate) }
}

/// Numbers as short text for op names and constant labels: 2 not 2.0, 0.1 as 0.1.
enum NumberText {
    static func short(_ x: Double) -> String {
        if x == x.rounded(), Swift.abs(x) < 1e15 { return String(Int(x)) }
        return String(x)
    }
}
