import SwiftgradLang
import Autodiff

/// Script values to tensors and back, and engine errors to script errors.
enum TensorConvert {
    /// Runs an engine call, turning a `TensorError` into a script error: `ShapeMismatch` when two
    /// shapes disagree, `InvalidArgument` otherwise; the message names the op and the shapes.
    @inline(__always) static func run<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as TensorError {
            switch e {
            case .shapeMismatch: throw RuntimeError(.shapeMismatch, e.description)
            case .invalid: throw RuntimeError(.invalidArgument, e.description)
            }
        }
    }

    /// An operand: a Tensor, a number (a 0-dimensional constant, named by its value in graphs), or
    /// an array of numbers or of rows.
    static func operand(_ v: ScriptValue, _ what: @autoclosure () -> String) throws -> Tensor {
        if let t = TensorBinding.tensor(v) { return t }
        if let d = v.asDouble { return Tensor.constant(d) }
        if let items = v.asArray { return try fromArray(items, what()) }
        throw RuntimeError(.typeMismatch, "\(what()) must be a Tensor, a number or an array, got \(v.typeName)")
    }

    /// `[Double]` → 1-D, `[[Double]]` → 2-D (rows of equal length).
    static func fromArray(_ items: [ScriptValue], _ what: String, requiresGrad: Bool = false) throws -> Tensor {
        if items.first?.asArray != nil || (items.first.map { TensorBinding.tensor($0) != nil } ?? false) {
            let rows = try items.map { item -> [Double] in
                if let t = TensorBinding.tensor(item), t.rank == 1 { return t.data }
                return try Convert.doubles(item, "each row of \(what)")
            }
            return try run { try Tensor(rows, requiresGrad: requiresGrad) }
        }
        return Tensor(try Convert.doubles(.arr(items), what), requiresGrad: requiresGrad)
    }

    /// A shape argument: `[100, 2]` (or one Int for a vector).
    static func shape(_ v: ScriptValue, _ what: String) throws -> [Int] {
        if let n = v.asInt { return [n] }
        if let t = TensorBinding.tensor(v) { return try Convert.labels(Convert.array(t.data), what) }
        return try Convert.labels(v, what)
    }

    /// A tensor as nested script arrays (a 0-dimensional one as its number).
    static func nested(_ t: Tensor) -> ScriptValue {
        switch t.rank {
        case 0: return .double(t.data.first ?? 0)
        case 1: return Convert.array(t.data)
        default:
            func level(_ d: Int, _ offset: Int) -> ScriptValue {
                if d == t.rank - 1 { return Convert.array(Array(t.data[offset..<(offset + t.shape[d])])) }
                let stride = t.shape[(d + 1)...].reduce(1, *)
                return .arr((0..<t.shape[d]).map { level(d + 1, offset + $0 * stride) })
            }
            return level(0, 0)
        }
    }
}
