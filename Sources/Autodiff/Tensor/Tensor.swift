/// An n-dimensional array of Doubles (row-major) that is also a node of a computation graph.
///
/// The user model is the scalar `Value`'s: operations on tensors build a graph, `backward()` on a
/// one-element result fills `grad` of every tensor it depends on that requires a gradient. Leaves
/// (`requiresGrad` inputs and parameters) accumulate gradients across passes, intermediate tensors
/// show the latest pass. An operation none of whose operands requires a gradient records no graph:
/// hand-written backprop (explicit deltas, as the matrix-form lesson writes them) pays nothing for autodiff.
public final class Tensor {
    public let shape: [Int]
    /// The elements in row-major order (settable: optimisers update parameters in place).
    public var data: [Double]
    /// d(output)/d(this tensor), same shape; nil until a backward pass reached it.
    public var grad: [Double]?
    public let requiresGrad: Bool
    /// The name shown in graphs and tables.
    public var label: String
    /// What the operation that made this tensor recorded; nil for a leaf and for a result outside any
    /// graph (one optional to set and to free instead of three fields per tensor of a training step).
    private let record: Record?

    struct Record {
        let op: String
        let parents: [Tensor]
        /// Adds this tensor's share of the gradient to its parents' grads (given this tensor's grad).
        let backwardRule: (_ grad: [Double]) -> Void
    }

    /// The operation that produced this tensor ("" for a leaf).
    public var op: String { record?.op ?? "" }
    /// The operands, in order.
    public var parents: [Tensor] { record?.parents ?? [] }
    var backwardRule: ((_ grad: [Double]) -> Void)? { record?.backwardRule }
    /// A unique number, increasing in creation order.
    public let id: Int
    /// Visit mark of the last topological sort that reached this node.
    var visitEpoch: UInt32 = 0

    nonisolated(unsafe) static var nextID = 0

    /// A leaf tensor. `data.count` must equal the product of `shape` (checked by the throwing
    /// initialisers; internal callers guarantee it).
    init(shape: [Int], data: [Double], requiresGrad: Bool = false, label: String = "") {
        self.shape = shape
        self.data = data
        self.requiresGrad = requiresGrad
        self.label = label
        self.record = nil
        Tensor.nextID &+= 1
        EngineMemory.noteNode(Tensor.nextID)
        self.id = Tensor.nextID
    }

    /// The result of an operation. The graph is recorded only if some operand requires a gradient
    /// (`recording`); only then are the op's name, its operands and its rule made, so an op outside
    /// any graph allocates nothing but its elements.
    init(shape: [Int], data: [Double], op: @autoclosure () -> String, recording: Bool,
         parents: @autoclosure () -> [Tensor], backward: () -> (_ grad: [Double]) -> Void) {
        self.shape = shape
        self.data = data
        self.label = ""
        Tensor.nextID &+= 1
        EngineMemory.noteNode(Tensor.nextID)
        self.id = Tensor.nextID
        requiresGrad = recording
        record = recording ? Record(op: op(), parents: parents(), backwardRule: backward()) : nil
    }

    deinit { ElementPool.recycle(&data) }

    /// A tensor of the given shape and elements; throws if they disagree.
    public convenience init(_ data: [Double], shape: [Int], requiresGrad: Bool = false, label: String = "") throws {
        guard shape.allSatisfy({ $0 >= 0 }) else {
            throw TensorError.invalid("Tensor", "negative dimension in shape \(Shape.text(shape))")
        }
        guard Shape.count(shape) == data.count else {
            throw TensorError.invalid("Tensor", "\(data.count) elements do not fill shape \(Shape.text(shape))")
        }
        self.init(shape: shape, data: data, requiresGrad: requiresGrad, label: label)
    }

    /// A vector.
    public convenience init(_ data: [Double], requiresGrad: Bool = false, label: String = "") {
        self.init(shape: [data.count], data: data, requiresGrad: requiresGrad, label: label)
    }

    /// A matrix from its rows; throws if the rows differ in length.
    public convenience init(_ rows: [[Double]], requiresGrad: Bool = false, label: String = "") throws {
        let n = rows.first?.count ?? 0
        for (i, r) in rows.enumerated() where r.count != n {
            throw TensorError.invalid("Tensor", "row \(i) has \(r.count) elements, row 0 has \(n)")
        }
        self.init(shape: [rows.count, n], data: rows.flatMap { $0 }, requiresGrad: requiresGrad, label: label)
    }

    /// A 0-dimensional tensor holding one number.
    public convenience init(scalar: Double) { self.init(shape: [], data: [scalar]) }

    /// A number taking part in an operation (`1 - a`, `0.1 * dW`): 0-dimensional, named by its value.
    public static func constant(_ x: Double) -> Tensor { Tensor(shape: [], data: [x], label: NumberText.short(x)) }

    public var count: Int { data.count }
    public var rank: Int { shape.count }
    public var isLeaf: Bool { record == nil }

    /// The one element of a one-element tensor.
    public func item() throws -> Double {
        guard data.count == 1 else {
            throw TensorError.invalid("item", "needs a one-element tensor, got shape \(Shape.text(shape))")
        }
        return data[0]
    }

    /// The rows of a 2-D tensor (a 1-D tensor is one row, a 0-D one a 1×1).
    public var rows: [[Double]] {
        switch shape.count {
        case 0: return [data]
        case 1: return [data]
        default:
            let n = shape[shape.count - 1]
            let m = n == 0 ? 0 : data.count / n
            return (0..<m).map { Array(data[($0 * n)..<($0 * n + n)]) }
        }
    }

    /// The gradient as a tensor of this shape (nil before backward reached it).
    public var gradTensor: Tensor? { grad.map { Tensor(shape: shape, data: $0) } }

    /// This tensor's values without its graph (a new leaf).
    public func detached(requiresGrad: Bool = false) -> Tensor {
        Tensor(shape: shape, data: data, requiresGrad: requiresGrad, label: label)
    }
}
