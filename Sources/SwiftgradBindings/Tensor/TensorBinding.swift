import SwiftgradLang
import Autodiff

/// The engine's `Tensor` as a script type: construction, operators with broadcasting (numbers on
/// either side), subscripts, properties. Methods are in TensorMethods.swift, the static
/// constructors (`Tensor.zeros`…) in TensorStatics.swift, global functions in TensorFunctions.swift.
enum TensorBinding {
    static let type: NativeType = makeType()

    // A box of its own (not the generic `NativeBox<Tensor>`): a training step makes and frees a box
    // per operation, and the generic box's deinit released its payload through a value witness.
    @inline(__always) static func wrap(_ t: Tensor) -> ScriptValue { .native(TensorBox(type: type, t)) }
    @inline(__always) static func tensor(_ v: ScriptValue) -> Tensor? {
        guard case let .native(n) = v, n.type === type else { return nil }
        return unsafeDowncast(n, to: TensorBox.self).tensor
    }
    @inline(__always) static func this(_ n: NativeObject) -> Tensor { unsafeDowncast(n, to: TensorBox.self).tensor }
    /// The tensor in `v` without a reference of its own (`v`, held by the caller, keeps it alive):
    /// an operator's operands cost no retain and release each.
    @inline(__always) static func unretained(_ v: ScriptValue) -> Unmanaged<Tensor>? {
        guard case let .native(n) = v, n.type === type else { return nil }
        return Unmanaged.passUnretained(unsafeDowncast(n, to: TensorBox.self).tensor)
    }

    private static func makeType() -> NativeType {
        let t = NativeType(name: "Tensor", doc: """
            An array of Doubles with a shape, and a node of a computation graph: `Tensor([[1.0, 2.0], [3.0, 4.0]])`, \
            `Tensor([0.5, -1.0], requiresGrad: true)`. `+ - * /` broadcast as NumPy (numbers on either side), \
            `matmul(a, b)` multiplies matrices; `loss.backward()` on a one-element tensor fills `.grad` of every \
            tensor with requiresGrad it depends on. Shape errors name the operation and both shapes.
            """)
        t.constructorSignature = "Tensor(_ values: [[Double]] or [Double], requiresGrad: Bool = false, label: String = \"\")"
        t.constructor = { args in
            let r = args.named("Tensor")
            let v = try r.required(0, "values")
            let requiresGrad = try r.bool("requiresGrad", default: false)
            let made: Tensor
            if let d = v.asDouble {
                made = try TensorConvert.run { try Tensor([d], shape: [], requiresGrad: requiresGrad) }
            } else if let other = tensor(v) {
                made = other.detached(requiresGrad: requiresGrad)
            } else {
                made = try TensorConvert.fromArray(try Convert.items(v, "Tensor's values"), "Tensor's values",
                                                   requiresGrad: requiresGrad)
            }
            made.label = try r.string("label", default: "")
            return wrap(made)
        }
        installOperators(t)
        installSubscripts(t)
        installProperties(t)
        TensorMethods.install(t)
        TensorStatics.install(t)
        t.adoptBindingName = { n, name in
            let x = this(n)
            if x.label.isEmpty { x.label = name }
        }
        t.description = { TensorText.describe(this($0)) }
        return t
    }

    private static func installOperators(_ t: NativeType) {
        let ops: [(BinaryOperator, BinaryOp)] = [(.add, .add), (.subtract, .subtract), (.multiply, .multiply), (.divide, .divide)]
        for (sym, op) in ops {
            t.binaryOperator(sym) { a, b in
                if let x = unretained(a) {
                    if let y = unretained(b) {
                        return wrap(try TensorConvert.run { try x._withUnsafeGuaranteedRef { x in
                            try y._withUnsafeGuaranteedRef { y in try Tensor.binary(op, x, y) }
                        } })
                    }
                    if let d = b.asDouble {
                        return wrap(try TensorConvert.run { try x._withUnsafeGuaranteedRef { x in
                            try Tensor.binary(op, x, number: d, numberFirst: false)
                        } })
                    }
                }
                if let d = a.asDouble, let y = unretained(b) {
                    return wrap(try TensorConvert.run { try y._withUnsafeGuaranteedRef { y in
                        try Tensor.binary(op, y, number: d, numberFirst: true)
                    } })
                }
                let x = try TensorConvert.operand(a, "left operand of \(op.rawValue)")
                let y = try TensorConvert.operand(b, "right operand of \(op.rawValue)")
                return wrap(try TensorConvert.run { try Tensor.binary(op, x, y) })
            }
        }
        t.binaryOperator(.power) { a, b in
            guard let x = tensor(a), let e = b.asDouble else {
                throw RuntimeError(.typeMismatch, "** takes a Tensor and a number exponent, got \(a.typeName) ** \(b.typeName)")
            }
            return wrap(x.pow(e))
        }
        t.prefixMinus = { a in wrap(-(try TensorConvert.operand(a, "operand of -"))) }
    }

    /// `t[i, j]` (a Double), `t[i]` (a row; an element of a vector), `t[0..<32]` (rows);
    /// `t[i, j] = x` writes an element in place.
    private static func installSubscripts(_ t: NativeType) {
        t.subscriptGet = { n, args in
            let x = this(n)
            return try TensorConvert.run {
                if args.count == 1, case let .range(r) = args[0] {
                    return wrap(try x.rows(try rowRange(r, x)))
                }
                let index = try args.values.map { v -> Int in
                    guard let i = v.asInt else { throw RuntimeError(.typeMismatch, "Tensor subscripts are Ints or a range of rows, got \(v.typeName)") }
                    return i
                }
                if index.count == x.rank { return .double(try x.element(index)) }
                guard index.count == 1 else {
                    throw TensorError.invalid("subscript", "\(index.count) indices for a tensor of shape \(TensorText.shape(x.shape))")
                }
                return wrap(try x.row(index[0]))
            }
        }
        t.subscriptSet = { n, args, value in
            let x = this(n)
            let index = try args.values.map { v -> Int in
                guard let i = v.asInt else { throw RuntimeError(.typeMismatch, "Tensor element assignment needs Int indices, got \(v.typeName)") }
                return i
            }
            guard let d = value.asDouble else { throw RuntimeError(.typeMismatch, "a Tensor element is a Double, got \(value.typeName)") }
            try TensorConvert.run { try x.setElement(index, d) }
        }
    }

    private static func rowRange(_ r: RangeRef, _ x: Tensor) throws -> Range<Int> {
        guard let lo = r.lower.asInt, let hi = r.upper.asInt else {
            throw RuntimeError(.typeMismatch, "a row range needs Int bounds")
        }
        let end = r.closed ? hi + 1 : hi
        guard lo <= end, !(r.closed && hi == Int.max) else {
            throw RuntimeError(.invalidRange, "row range \(lo)\(r.closed ? "..." : "..<")\(hi) is empty the wrong way round")
        }
        return lo..<end
    }

    private static func installProperties(_ t: NativeType) {
        t.property("shape", doc: "The dimensions, e.g. [100, 2].", get: { Convert.array(this($0).shape) })
        t.property("rows", doc: "The elements as rows ([[Double]]; a vector is one row).", get: { Convert.array(this($0).rows) })
        t.property("data", doc: "The elements in row-major order ([Double]).", get: { Convert.array(this($0).data) })
        t.property("count", doc: "The number of elements.", get: { .int(this($0).count) })
        t.property("item", doc: "The Double of a one-element tensor.", get: { n in
            .double(try TensorConvert.run { try this(n).item() })
        })
        t.property("T", doc: "The transpose (of a 2-D tensor).", get: { n in
            wrap(try TensorConvert.run { try this(n).transposed() })
        })
        t.property("grad", doc: "d(output)/d(this tensor) after backward(), same shape; nil before a backward pass reached it.",
                   get: { n in this(n).gradTensor.map(wrap) ?? .null })
        t.property("requiresGrad", doc: "True for tensors that get gradients (parameters, and results computed from them).",
                   get: { .bool(this($0).requiresGrad) })
        t.property("isLeaf", doc: "True for tensors not computed by an operation.", get: { .bool(this($0).isLeaf) })
        t.property("op", doc: "The operation that produced this tensor (\"\" for a leaf).", get: { .str(this($0).op) })
        t.property("label", doc: "The name shown in graphs and tables.",
                   get: { .str(this($0).label) },
                   set: { n, v in
                       guard let s = v.asString else { throw RuntimeError(.typeMismatch, "label must be a String") }
                       this(n).label = s
                   })
        t.property("parents", doc: "The operands, in order.", get: { .arr(this($0).parents.map(wrap)) })
    }
}

/// A script value holding a Tensor (every object of `TensorBinding.type` is one).
final class TensorBox: NativeObject {
    let tensor: Tensor
    init(type: NativeType, _ tensor: Tensor) {
        self.tensor = tensor
        super.init(type: type)
    }
    override var anyPayload: Any { tensor }
    override var identity: ObjectIdentifier { ObjectIdentifier(tensor) }
}
