import MimeBundle

/// # Native binding API
///
/// Exposes Swift types and functions to scripts. A native type is described once by a
/// `NativeType` (its name, methods, properties, operators, `callAsFunction`, subscript, display);
/// script values of that type are `Value.native(NativeBox<T>)` wrapping your Swift value.
///
/// ```swift
/// final class Counter { var n = 0 }
/// let counterType = NativeType(name: "Counter", doc: "A counter.")
/// counterType.constructor = { args in .native(counterType.wrap(Counter())) }
/// counterType.property("n", get: { counterType.unwrap($0, as: Counter.self).n.scriptValue },
///                      set: { obj, v in counterType.unwrap(obj, as: Counter.self).n = try v.int() })
/// counterType.method("bump", labels: ["by"]) { this, args in
///     let c = counterType.unwrap(this, as: Counter.self); c.n += try args.int(0); return .void }
/// counterType.binaryOperator(.add) { lhs, rhs in ... }      // either side may be the native one
/// interpreter.register(type: counterType)                    // `Counter()` now works in scripts
/// interpreter.register(function: "twice", labels: [nil], signature: "twice(_ f: () -> Int) -> Int",
///                      doc: "Calls f twice.") { args in
///     let a = try args.call(args[0]); let b = try args.call(args[0])  // calls a script closure
///     return try .int(a.int() + b.int())
/// }
/// ```
///
/// - Labels: a function is registered with its argument labels (`nil` for `_`); several
///   registrations of one name form an overload set chosen by labels at the call. A trailing
///   closure matches any label. `labels: nil` accepts any call (variadic functions).
/// - Errors: throw `RuntimeError(kind, message)` (or a `ScriptError`) from native code; scripts see
///   it with a traceback. Any other Swift error becomes kind `Error`.
/// - Implicit members: a script's `.relu` arrives as an implicit member value; read it with
///   `args.option(i, Activation.self)` (matches a case's raw value) or `Value.implicitMemberName`.
/// - Calling script closures: `args.call(closure, arg1, arg2)` or `runtime.call(closure, [args])`.
/// - Display: a wrapped value that conforms to `MimeRepresentable` shows its bundle as a cell result
///   and with `display(x)`; otherwise `NativeType.mimeBundle` or the `description` text.
/// - Conversions: `[Double].scriptValue`, `Value.doubles()`, `doubleMatrix()`, `ints()`, tuples with
///   `Value.tuple(_:)`.
public final class NativeType {
    public let name: String
    public var doc: String
    /// Instance methods: the receiver and the arguments.
    public var methods: [String: NativeMethod] = [:]
    /// Properties: getter and optional setter.
    public var properties: [String: NativeProperty] = [:]
    /// When both operands are natives of different types, the one with the higher priority handles
    /// the operator (a forward-mode `Dual` takes a `Value` constant as a number).
    public var operatorPriority = 0
    /// Binary operator handlers (`binaryOperator(_:_:)`), indexed by `BinaryOperator.rawValue`; called
    /// when either operand is of this type. (Not a dictionary: the first dictionary keyed by a type
    /// costs start-up a scan of every protocol conformance in the binary for its `Hashable`, ~100k
    /// instructions.)
    var binaryTable: [((Value, Value) throws -> Value)?] = Array(repeating: nil, count: BinaryOperator.allCases.count)
    public var prefixMinus: ((Value) throws -> Value)?
    /// `obj(args)`.
    public var callAsFunction: ((NativeObject, Arguments) throws -> Value)?
    /// `obj[i]` and `obj[i] = v`.
    public var subscriptGet: ((NativeObject, Arguments) throws -> Value)?
    public var subscriptSet: ((NativeObject, Arguments, Value) throws -> Void)?
    /// `TypeName(args)`.
    public var constructor: ((Arguments) throws -> Value)?
    public var constructorSignature: String?
    /// Static members: `TypeName.member`.
    public var staticMembers: [String: Value] = [:]
    /// Text for `print` and `text/plain` (defaults to the wrapped value's `description`).
    public var description: ((NativeObject) -> String)?
    /// A rich display (defaults to the wrapped value's `MimeRepresentable` bundle, if any).
    public var mimeBundle: ((NativeObject) -> MimeBundle?)?
    /// Called when a `let`/`var` declaration or a plain assignment `z = ...` binds an object of this
    /// type to a simple name (`let z = w * x + b` → `"z"`), e.g. to label graph nodes. Called on
    /// every such binding; keep it cheap and keep the first name if that is what you want.
    public var adoptBindingName: ((NativeObject, String) -> Void)?
    /// For value-like types: `==` between two objects of this type and their hash (dictionary keys,
    /// sets). Without them objects compare by identity.
    public var equality: ((NativeObject, NativeObject) -> Bool)?
    public var hashing: ((NativeObject, inout Hasher) -> Void)?

    public init(name: String, doc: String = "") {
        self.name = name
        self.doc = doc
    }

    /// Wraps a Swift value as a script object of this type.
    @inline(__always) public func wrap<T>(_ payload: T) -> NativeBox<T> { NativeBox(type: self, payload) }

    /// The Swift value inside `v` if `v` is of this type (cheap: an identity check and a cast).
    @inline(__always) public func unwrap<T>(_ v: Value, as: T.Type = T.self) -> T? {
        guard case let .native(n) = v, n.type === self else { return nil }
        return unsafeDowncast(n, to: NativeBox<T>.self).payload
    }

    /// The Swift value inside a native object known to be of this type.
    @inline(__always) public func unwrap<T>(_ n: NativeObject, as: T.Type = T.self) -> T {
        unsafeDowncast(n, to: NativeBox<T>.self).payload
    }

    public func method(_ name: String, labels: [String?]? = nil, signature: String? = nil, doc: String = "",
                       _ body: @escaping (NativeObject, Arguments) throws -> Value) {
        methods[name] = NativeMethod(labels: labels, signature: signature ?? "\(name)(...)", doc: doc, body: body)
    }

    public func property(_ name: String, doc: String = "", get: @escaping (NativeObject) throws -> Value,
                         set: ((NativeObject, Value) throws -> Void)? = nil) {
        properties[name] = NativeProperty(doc: doc, get: get, set: set)
    }

    public func binaryOperator(_ op: BinaryOperator, _ body: @escaping (Value, Value) throws -> Value) {
        binaryTable[op.rawValue] = body
    }
}

/// Binary operators native types can overload.
public enum BinaryOperator: Int, CaseIterable {
    case add, subtract, multiply, divide, power, remainder, less, lessEqual, greater, greaterEqual, equal, notEqual

    /// The operator spelled `symbol` (`"+"` is `.add`), nil if native types cannot declare it.
    public init?(symbol: String) {
        guard let op = BinaryOperator.allCases.first(where: { $0.symbol == symbol }) else { return nil }
        self = op
    }
}

public struct NativeMethod {
    public var labels: [String?]?
    public var signature: String { didSet { signatureCheck = NativeSignature.Check(signature) } }
    public var doc: String
    public var body: (NativeObject, Arguments) throws -> Value
    /// The parsed signature that calls' labels are checked against.
    private(set) var signatureCheck: NativeSignature.Check

    init(labels: [String?]?, signature: String, doc: String, body: @escaping (NativeObject, Arguments) throws -> Value) {
        self.labels = labels
        self.signature = signature
        self.doc = doc
        self.body = body
        signatureCheck = NativeSignature.Check(signature)
    }
}

public struct NativeProperty {
    public var doc: String
    public var get: (NativeObject) throws -> Value
    public var set: ((NativeObject, Value) throws -> Void)?
}

/// A script value of a native type. Use `NativeType.wrap` to make one; a binding whose objects are
/// made and freed per operation (tensors) may subclass it for a box with a concrete payload type,
/// whose deinit releases the payload directly instead of through the generic box's value witness.
open class NativeObject {
    public let type: NativeType
    public init(type: NativeType) { self.type = type }
    /// The wrapped Swift value, type-erased.
    open var anyPayload: Any { fatalError("abstract") }
    /// Identity used by `===`, `ObjectIdentifier` and hashing: the payload's if it is a class.
    open var identity: ObjectIdentifier { ObjectIdentifier(self) }
}

/// A native object holding a Swift value of type `T`.
public final class NativeBox<T>: NativeObject {
    public let payload: T
    public init(type: NativeType, _ payload: T) {
        self.payload = payload
        super.init(type: type)
    }
    public override var anyPayload: Any { payload }
    public override var identity: ObjectIdentifier {
        if T.self is AnyClass { return ObjectIdentifier(payload as AnyObject) }
        return ObjectIdentifier(self)
    }
}

/// A native function (builtins and bound engine functions).
public final class NativeFunction: Function {
    /// Declared labels (`nil` entries for `_`), or nil to accept any call.
    var labels: [String?]? {
        if case let .fixed(l) = declaredLabels { return l }
        let l = argumentLabels(fromSignature: signatureText)
        declaredLabels = .fixed(l)
        return l
    }
    /// Labels given at registration, or those of the signature, read when first needed: parsing the
    /// ~80 signatures of the bindings at registration doubled an empty `swiftgrad run`'s instructions
    /// (10.9 M to 21.4 M); most functions are never called, and a call parses its signature anyway.
    private enum DeclaredLabels { case fixed([String?]?), fromSignature }
    private var declaredLabels: DeclaredLabels
    let body: (Arguments) throws -> Value
    let signatureText: String
    let docText: String
    /// The last label signature a call was checked with against `signatureText` (see `NativeSignature`).
    var checkedLabelSignature = Int.min
    /// Whether a signature was written (without one, `labels: nil` accepts any call).
    let checksLabels: Bool
    /// The body for one unlabeled argument, taking it directly: a global call `f(x)` skips the
    /// argument array and `Arguments` (`Compiler.retainedGlobalCall`). Only for natives that run no
    /// script code. A `let`: a call borrows it from the function its caller holds (a `var` was
    /// copied out, a retain and a release of its context per `ObjectIdentifier(v)`).
    let unary: ((Value) throws -> Value)?

    public init(name: String, labels: [String?]?, signature: String? = nil, doc: String = "",
                unary: ((Value) throws -> Value)? = nil, _ body: @escaping (Arguments) throws -> Value) {
        self.declaredLabels = .fixed(labels)
        self.unary = unary
        self.body = body
        self.signatureText = signature ?? "\(name)(" + (labels ?? []).map { ($0 ?? "_") + ":" }.joined() + ")"
        self.checksLabels = signature != nil
        self.docText = doc
        super.init(name: name, kind: .native)
    }

    /// A function taking the labels its signature shows (`argumentLabels(fromSignature:)`: any labels
    /// when a parameter has a default or is variadic, read through `Arguments`).
    public init(name: String, signature: String, doc: String = "", _ body: @escaping (Arguments) throws -> Value) {
        self.declaredLabels = .fromSignature
        self.unary = nil
        self.body = body
        self.signatureText = signature
        self.checksLabels = true
        self.docText = doc
        super.init(name: name, kind: .native)
    }
    public override var signature: String { signatureText }
    public override var doc: String { docText }

    /// Whether a call with these labels fits (a trailing closure fits any label).
    func accepts(_ callLabels: [String?]) -> Bool {
        guard let labels else { return true }
        if callLabels.count > labels.count { return false }
        for (i, l) in callLabels.enumerated() where l != trailingClosureLabel && l != labels[i] { return false }
        return true
    }
}

/// The label a call site gives a trailing closure (it matches any parameter label).
let trailingClosureLabel: String? = "{trailing closure}"

/// The arguments of a native call, with typed accessors that throw `TypeMismatch` script errors.
public struct Arguments {
    public let values: [Value]
    /// Argument labels as written (`nil` for unlabeled and for trailing closures).
    public let labels: [String?]
    /// The labels with trailing closures marked (they fit any parameter label).
    let callLabels: [String?]
    public unowned let runtime: Runtime
    /// The receiver of a method call.
    public let receiver: Value?

    init(_ values: [Value], labels: [String?], runtime: Runtime, receiver: Value? = nil) {
        self.values = values
        self.labels = labels.contains(trailingClosureLabel) ? labels.map { $0 == trailingClosureLabel ? nil : $0 } : labels
        self.callLabels = labels
        self.runtime = runtime
        self.receiver = receiver
    }

    public var count: Int { values.count }
    public subscript(i: Int) -> Value { i < values.count ? values[i] : .void }

    /// The argument with this label, if given.
    public func labeled(_ label: String) -> Value? {
        guard let i = labels.firstIndex(where: { $0 == label }) else { return nil }
        return values[i]
    }

    func check(_ i: Int) throws -> Value {
        guard i < values.count else { throw RuntimeError.typeMismatch("missing argument #\(i + 1)") }
        return values[i]
    }
    public func double(_ i: Int) throws -> Double { try check(i).double() }
    public func int(_ i: Int) throws -> Int { try check(i).int() }
    public func string(_ i: Int) throws -> String { try check(i).string() }
    public func bool(_ i: Int) throws -> Bool { try check(i).bool() }
    public func doubles(_ i: Int) throws -> [Double] { try check(i).doubles() }
    public func doubleMatrix(_ i: Int) throws -> [[Double]] { try check(i).doubleMatrix() }
    public func ints(_ i: Int) throws -> [Int] { try check(i).ints() }

    /// An implicit member (`.relu`) or string argument as a Swift enum with that raw value.
    public func option<E: RawRepresentable>(_ i: Int, _ type: E.Type) throws -> E where E.RawValue == String {
        let v = try check(i)
        if let name = v.implicitMemberName ?? v.asString, let e = E(rawValue: name) { return e }
        throw RuntimeError.typeMismatch("expected one of the options of \(E.self), got \(v.description)")
    }

    /// Calls a script closure (or any callable) with arguments.
    public func call(_ f: Value, _ args: Value...) throws -> Value { try runtime.call(f, args) }
}

public extension Value {
    /// Typed extraction that throws a `TypeMismatch` script error.
    func double() throws -> Double {
        switch self {
        case let .double(d): return d
        case let .int(i): return Double(i)
        default: throw RuntimeError.typeMismatch("expected a Double, got \(typeName)")
        }
    }
    func int() throws -> Int {
        if case let .int(i) = self { return i }
        throw RuntimeError.typeMismatch("expected an Int, got \(typeName)")
    }
    func string() throws -> String {
        if case let .string(s) = self { return s.value }
        throw RuntimeError.typeMismatch("expected a String, got \(typeName)")
    }
    func bool() throws -> Bool {
        if case let .bool(b) = self { return b }
        throw RuntimeError.typeMismatch("expected a Bool, got \(typeName)")
    }
    func array() throws -> [Value] {
        switch self {
        case let .array(a): return a.items
        case let .tuple(t): return t.items
        default: throw RuntimeError.typeMismatch("expected an Array, got \(typeName)")
        }
    }
    func doubles() throws -> [Double] { try array().map { try $0.double() } }
    func ints() throws -> [Int] { try array().map { try $0.int() } }
    func doubleMatrix() throws -> [[Double]] { try array().map { try $0.doubles() } }

    /// The name of an implicit member expression value (`.relu` → "relu"), or of an enum case.
    var implicitMemberName: String? {
        if case let .enumCase(e) = self { return e.caseName }
        return nil
    }

    /// A tuple value.
    static func tuple(_ items: [Value], labels: [String?]? = nil) -> Value { .tuple(TupleRef(items, labels: labels)) }
}

/// Swift values that convert to script values.
public protocol ScriptConvertible { var scriptValue: Value { get } }
extension Int: ScriptConvertible { public var scriptValue: Value { .int(self) } }
extension Double: ScriptConvertible { public var scriptValue: Value { .double(self) } }
extension Bool: ScriptConvertible { public var scriptValue: Value { .bool(self) } }
extension String: ScriptConvertible { public var scriptValue: Value { .str(self) } }
extension Array: ScriptConvertible where Element: ScriptConvertible {
    public var scriptValue: Value { .arr(map { $0.scriptValue }) }
}
extension Optional: ScriptConvertible where Wrapped: ScriptConvertible {
    public var scriptValue: Value { self?.scriptValue ?? .null }
}
