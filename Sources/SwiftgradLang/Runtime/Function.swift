import Foundation

/// A frame: the base of a function activation's slots on the interpreter's value stack.
public typealias Frame = UnsafeMutablePointer<Value>

/// What a `Function` is, so calls switch instead of casting.
public enum FunctionKind { case script, native, bound, overloads }

/// A callable script value: script functions and closures, native (builtin) functions, bound
/// methods, and overload sets (functions sharing a base name with different argument labels).
public class Function: HeapObject {
    public let name: String
    public let kind: FunctionKind
    init(name: String, kind: FunctionKind) {
        self.name = name; self.kind = kind
        super.init()
    }
    /// The human signature, e.g. `sqrt(_ x: Double) -> Double`.
    public var signature: String { name }
    /// Documentation shown by inspection and `help`.
    public var doc: String { "" }
    /// How many parameters a script function or closure declares (nil: native, any count).
    public var parameterCount: Int? { nil }
}

/// One declared parameter of a script function.
struct Parameter {
    var label: String?        // nil for `_`
    var name: String
    var defaultValue: ((Frame) throws -> Value)?
    var variadic: Bool
    var isInout: Bool
    var coercion: Coercion
    var typeName: String?
}

extension Coercion {
    /// `self == .none` without the derived `==` (a call comparing payloads: 1.1% of the Scalar-class
    /// program's instructions went to it from assignments and instance creation, callgrind).
    @inline(__always) var isNone: Bool { if case .none = self { return true } else { return false } }
}

/// How a call checks one argument against its parameter's declared type, decided once per
/// function: most arguments already have the declared kind and are left untouched.
enum CoercionCheck {
    case none, double, int, bool, string
    /// A named type (`Scalar`, an enum): only an implicit member (`.relu`) is converted.
    case named
    case other

    init(_ c: Coercion) {
        switch c {
        case .none: self = .none
        case .double: self = .double
        case .int: self = .int
        case .bool: self = .bool
        case .string: self = .string
        case .named: self = .named
        default: self = .other
        }
    }

    /// Whether `v` needs no conversion (or checking) for this coercion, by its kind alone.
    @inline(__always) func accepts(_ v: Value) -> Bool {
        switch self {
        case .none: return true
        case .int: if case .int = v { return true } else { return false }
        case .double: if case .double = v { return true } else { return false }
        case .bool: if case .bool = v { return true } else { return false }
        case .string: if case .string = v { return true } else { return false }
        // (`build(_ v: Scalar)` on every node of a graph went through `coerceArguments` for this.)
        case .named: if case .enumCase = v { return false } else { return true }
        case .other: return false
        }
    }
}

/// The compiled, shareable part of a script function.
///
/// What a call reads lives in a struct behind a pointer: every read of a class's stored `var` pays a
/// dynamic exclusivity check, a pointer's pointee does not (the properties below forward to it).
final class FunctionProto {
    struct CallInfo {
        var params: [Parameter] = []
        /// `params.count`, `captureSlots` and `boxedParamSlots` not empty: read on every call without
        /// touching the arrays.
        var paramCount = 0
        var hasCaptures = false
        var hasBoxedParams = false
        /// Whether some parameter converts its argument (most do not: a call then skips the loop).
        var hasParameterCoercions = false
        /// Whether some parameter is `inout` (its slot is written by the body).
        var hasInoutParams = false
        /// Per parameter, what its coercion needs checking (see `CoercionCheck`), in a buffer the
        /// prototype owns: indexing an array retained it and checked bounds (43 instructions of a
        /// call to `fib(_ n: Int)`, callgrind).
        var coercionChecks: UnsafeMutableBufferPointer<CoercionCheck> = .init(start: nil, count: 0)
        /// Interned label signature of the parameters (fast path when a call site's labels match).
        var labelSignature = 0
        var frameSize = 0
        /// Slot of each captured value (after the parameters).
        var captureSlots: [Int] = []
        /// `captureSlots` in a buffer the prototype owns, for calls (reading the array retained and
        /// released its storage on every call of a closure).
        var captureSlotBuffer: UnsafeMutableBufferPointer<Int> = .init(start: nil, count: 0)
        /// The index of a captured `self` among the captures (-1: none): the one capture a closure's
        /// body may store into (`self = ...` is not refused), so it is never lent (`Runtime.lendCaptures`).
        var selfCapture = -1
        /// Parameters that are captured by nested closures and mutable: boxed on entry.
        var boxedParamSlots: [Int] = []
        /// The compiled body, in an immutable object the prototype keeps alive (`FunctionProto.body`):
        /// calling it through an unowned reference borrows the closure instead of retaining and
        /// releasing its context on every call (as loading it from this struct did).
        var bodyRef: Unmanaged<FunctionBody>
        /// The typed entry (Compiler/Typed), unretained (`FunctionProto.typedBody` keeps it), and its
        /// signature key (-1: none), which typed call sites compare.
        var typedBody: Unmanaged<TypedBody>?
        var typedKey = -1
        var returnCoercion: Coercion = .none
        /// `returnCoercion != .none`, decided once (comparing the enum costs a call per return).
        var hasReturnCoercion = false
        /// What the return value's conversion needs checking (`-> Int` given an Int: nothing).
        var returnCheck = CoercionCheck.none
        /// `labelSignature` when a call whose labels match can run the body straight away (no
        /// captures to copy in, no parameter to box), else -1 (`Compiler.globalFunctionCall`).
        var directSignature = -1

        mutating func updateDirectSignature() {
            directSignature = hasCaptures || hasBoxedParams ? -1 : labelSignature
        }
    }
    let info: UnsafeMutablePointer<CallInfo>

    let name: String
    var params: [Parameter] {
        get { info.pointee.params }
        set {
            info.pointee.params = newValue
            info.pointee.paramCount = newValue.count
            info.pointee.hasParameterCoercions = newValue.contains { $0.coercion != .none }
            info.pointee.hasInoutParams = newValue.contains { $0.isInout }
            info.pointee.coercionChecks.deallocate()
            let checks = UnsafeMutableBufferPointer<CoercionCheck>.allocate(capacity: newValue.count)
            _ = checks.initialize(from: newValue.map { CoercionCheck($0.coercion) })
            info.pointee.coercionChecks = checks
        }
    }
    var hasParameterCoercions: Bool { info.pointee.hasParameterCoercions }
    var labelSignature: Int {
        get { info.pointee.labelSignature }
        set {
            info.pointee.labelSignature = newValue
            info.pointee.updateDirectSignature()
        }
    }
    var frameSize: Int {
        get { info.pointee.frameSize }
        set { info.pointee.frameSize = newValue }
    }
    var captureSlots: [Int] {
        get { info.pointee.captureSlots }
        set {
            info.pointee.captureSlots = newValue
            info.pointee.captureSlotBuffer.deallocate()
            let buffer = UnsafeMutableBufferPointer<Int>.allocate(capacity: newValue.count)
            _ = buffer.initialize(from: newValue)
            info.pointee.captureSlotBuffer = buffer
            info.pointee.hasCaptures = !newValue.isEmpty
            info.pointee.updateDirectSignature()
        }
    }
    var selfCapture: Int {
        get { info.pointee.selfCapture }
        set { info.pointee.selfCapture = newValue }
    }
    var boxedParamSlots: [Int] {
        get { info.pointee.boxedParamSlots }
        set {
            info.pointee.boxedParamSlots = newValue
            info.pointee.hasBoxedParams = !newValue.isEmpty
            info.pointee.updateDirectSignature()
        }
    }
    private var bodyObject = FunctionBody { _ in .void }
    var body: (Frame) throws -> Value {
        get { bodyObject.run }
        set {
            bodyObject = FunctionBody(newValue)
            info.pointee.bodyRef = Unmanaged.passUnretained(bodyObject)
        }
    }
    /// The typed tier's entry of this function, if its body is in the typed subset.
    var typedBody: TypedBody? {
        didSet {
            info.pointee.typedBody = typedBody.map { Unmanaged.passUnretained($0) }
            info.pointee.typedKey = typedBody?.key ?? -1
        }
    }
    var returnCoercion: Coercion {
        get { info.pointee.returnCoercion }
        set {
            info.pointee.returnCoercion = newValue
            info.pointee.hasReturnCoercion = newValue != .none
            info.pointee.returnCheck = CoercionCheck(newValue)
        }
    }
    var cellName = "<cell>"
    var line = 0
    /// Methods take `self` in slot 0, before the parameters.
    var hasSelf = false
    var isMutating = false
    /// A closure expression: called with one tuple for several parameters, it takes the tuple's
    /// elements (`zip(w, x).map { $0 * $1 }`, `dict.map { k, v in ... }`), as in Swift.
    var splatsTuple = false
    var isInit = false
    var returnTypeName: String?
    var docComment: String?
    init(name: String) {
        self.name = name
        info = .allocate(capacity: 1)
        info.initialize(to: CallInfo(bodyRef: Unmanaged.passUnretained(bodyObject)))
    }
    deinit {
        info.pointee.coercionChecks.deallocate()
        info.pointee.captureSlotBuffer.deallocate()
        info.deinitialize(count: 1)
        info.deallocate()
    }

    var paramOffset: Int { hasSelf ? 1 : 0 }

    /// An error out of this function's body, with this function's frame added to its trace.
    @inline(never) func framed(_ error: Error) -> RuntimeError {
        var e = RuntimeError(wrapping: error)
        e.addFrame(function: name, cell: cellName)
        return e
    }
}

/// A compiled function body (see `FunctionProto.CallInfo.bodyRef`).
final class FunctionBody {
    let run: (Frame) throws -> Value
    init(_ run: @escaping (Frame) throws -> Value) { self.run = run }
}

/// A script function or closure: a prototype plus the values it captured.
public final class ScriptFunction: Function {
    let proto: FunctionProto
    /// Captured values (a box for captured `var`s), put into `proto.captureSlots` on each call
    /// (`Runtime.lendCaptures`). In a buffer of the function's own: reading an array property for a
    /// call retained and released its storage, and building the array was one more allocation per
    /// closure made.
    let captures: UnsafeMutablePointer<Value>
    let captureCount: Int
    /// Direct calls running this function without holding a reference (`GlobalCell.directCallee`),
    /// and the references a global handed over when it was reassigned meanwhile.
    var activeCalls = 0
    var heldForCalls = 0
    init(proto: FunctionProto, captures values: [Value]) {
        self.proto = proto
        captureCount = values.count
        captures = ScriptFunction.allocateCaptures(values.count)
        if !values.isEmpty { captures.initialize(from: values, count: values.count) }
        super.init(name: proto.name, kind: .script)
    }
    /// A closure capturing the values in frame slots `slots` of `f`.
    init(proto: FunctionProto, capturing slots: [Int], of f: Frame) {
        self.proto = proto
        captureCount = slots.count
        captures = ScriptFunction.allocateCaptures(slots.count)
        var i = 0
        while i < slots.count { (captures + i).initialize(to: f[slots[i]]); i += 1 }
        super.init(name: proto.name, kind: .script)
    }
    /// The captures' buffer; functions that capture nothing share one that is never freed.
    private static func allocateCaptures(_ n: Int) -> UnsafeMutablePointer<Value> {
        n == 0 ? noCaptures : .allocate(capacity: n)
    }
    private nonisolated(unsafe) static let noCaptures = UnsafeMutablePointer<Value>.allocate(capacity: 1)
    deinit {
        var i = 0
        while i < captureCount { deferRelease((captures + i).move()); i += 1 }
        if captureCount > 0 { captures.deallocate() }
        drainReleases()
    }
    override func forEachReference(_ body: (HeapObject) -> Void) {
        var i = 0
        while i < captureCount { Value.visit(at: captures + i, body); i += 1 }
    }
    override func clearReferences() {
        var i = 0
        while i < captureCount { captures[i] = .null; i += 1 }
    }
    public override var signature: String {
        let ps = proto.params.map { p -> String in
            let label = p.label == nil ? "_ \(p.name)" : (p.label == p.name ? p.name : "\(p.label!) \(p.name)")
            return label + ": " + (p.isInout ? "inout " : "") + (p.typeName ?? "Any") + (p.variadic ? "..." : "")
        }
        return "func \(name)(\(ps.joined(separator: ", ")))" + (proto.returnTypeName.map { " -> \($0)" } ?? "")
    }
    public override var doc: String { proto.docComment ?? "" }
    public override var parameterCount: Int? { proto.params.count }
}

/// A method together with the receiver it was taken from (`let f = obj.method`).
public final class BoundMethod: Function {
    let receiver: Value
    let method: Function
    init(receiver: Value, method: Function) {
        self.receiver = receiver; self.method = method
        super.init(name: method.name, kind: .bound)
    }
    override func forEachReference(_ body: (HeapObject) -> Void) { receiver.visit(body); body(method) }
    public override var signature: String { method.signature }
}

/// Functions sharing a base name, told apart by argument labels and count.
public final class OverloadSet: Function {
    var members: [Function]
    init(name: String, members: [Function]) {
        self.members = members
        super.init(name: name, kind: .overloads)
    }
    override func forEachReference(_ body: (HeapObject) -> Void) { for m in members { body(m) } }
    override func clearReferences() { members = [] }
    public override var signature: String { members.map { $0.signature }.joined(separator: "\n") }
    public override var doc: String { members.map { $0.doc }.first { !$0.isEmpty } ?? "" }
}

/// Interned label signatures of one runtime: a call site and a function compare one Int on the fast
/// path. Filled at compile time, and when native code calls script code with labels not seen before,
/// on the runtime's script thread (so no lock). Every table gives the commonest signatures the same
/// ids, which code uses as constants. (A struct in the runtime: a class of its own cost an empty run
/// 20k instructions of type metadata set-up. The fixed ids are computed, not entries of the table:
/// an initial dictionary literal and an array of them cost an empty run another 30k, the metadata of
/// `(String, Int)` and the arrays' storage.)
struct LabelSignatures {
    /// The ids of no, one and two unlabeled arguments (`n` unlabeled arguments: `n + 1`).
    static let noArguments = 1, oneUnlabeled = 2, twoUnlabeled = 3
    /// The other label lists by key (`"_:by"`), numbered after those.
    private var table: [String: Int] = [:]

    /// How many label lists are interned.
    var count: Int { LabelSignatures.twoUnlabeled + table.count }

    mutating func id(_ labels: [String?]) -> Int {
        // (Native code calling a closure: `map`, `sorted(by:)`, without a string key.)
        if labels.count <= 2, !labels.contains(where: { $0 != nil }) { return labels.count + 1 }
        let key = labels.map { $0 ?? "_" }.joined(separator: ":")
        if let i = table[key] { return i }
        let i = count + 1
        table[key] = i
        return i
    }
}
