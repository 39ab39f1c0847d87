/// What kind of type a `TypeValue` describes.
public enum TypeKind { case classType, structType, enumType, builtin, native, protocolType }

/// A computed property: getter and optional setter (script functions taking `self` in slot 0).
public struct ComputedProperty {
    public var getter: Function
    public var setter: Function?
}

/// A type as a value: script classes, structs and enums, the builtin types (`Int`, `Double`,
/// `String`, ...) and native types registered through the binding API.
public final class TypeValue: HeapObject {
    public let name: String
    public let kind: TypeKind
    /// Stored instance properties, in declaration order (instances store their values by index).
    public var fields: [FieldInfo] = []
    /// Field positions by key (the name, or a hidden key behind observers, `lazy` or a computed override).
    public var fieldIndex: [String: Int] = [:]
    /// The stored properties' names, in order.
    public var fieldNames: [String] { fields.map(\.name) }
    /// The version of the types of this type's interpreter (`Heap.typeEpoch`), bumped whenever any of
    /// their methods, static methods, computed properties, superclass or protocols change: call-site
    /// and operator caches compare it to know that what they looked up still holds.
    @inline(__always) var epoch: Int { heapRef._withUnsafeGuaranteedRef { $0.typeEpoch } }
    public var methods: [String: Function] = [:] { didSet { bumpEpoch() } }
    public var staticMethods: [String: Function] = [:] { didSet { bumpEpoch() } }
    /// Per `BinaryOperator`: the static operator method found (the outer optional: not looked up yet).
    private var operatorCache: [Function??] = []
    private var operatorCacheEpoch = -1
    public var staticVars: [String: Box] = [:]
    public var computed: [String: ComputedProperty] = [:] { didSet { bumpEpoch() } }
    /// `static var remaining: Int { limit - created }`: getters and setters take the type as `self`.
    public var staticComputed: [String: ComputedProperty] = [:]
    public var initializers: [Function] = []
    public var superclass: TypeValue? { didSet { bumpEpoch() } }
    /// Enum cases in order (an `EnumCaseValue` holds its case's index here).
    public var cases: [EnumCaseInfo] = []
    public var rawType: String?
    /// The doc comment written above the declaration (a native type's `doc`), shown by inspection.
    public var userDoc: String?
    /// For builtin and native types: static members (e.g. `Int.max`) and the constructor.
    public var staticMembers: [String: Value] = [:]
    public var constructor: Function?
    /// Protocols the type conforms to (for a protocol: the protocols it refines). Their extensions'
    /// methods and computed properties are the type's defaults (see Protocols.swift).
    public var protocols: [TypeValue] = [] { didSet { bumpEpoch() } }
    /// A protocol's requirement names; a native type's member names (for implicit `self.` in extensions).
    var memberNames: Set<String> = []
    /// The placeholder type of implicit members (`.relu` before a declared type gives it meaning).
    var isImplicitMembers = false

    private func bumpEpoch() { heapRef._withUnsafeGuaranteedRef { $0.typeEpoch &+= 1 } }

    public init(name: String, kind: TypeKind) {
        self.name = name
        self.kind = kind
        super.init()
    }

    /// Looks a method up through the superclass chain.
    public func method(_ name: String) -> Function? {
        var t: TypeValue? = self
        while let c = t {
            if let m = c.methods[name] { return m }
            t = c.superclass
        }
        return protocols.isEmpty && superclass == nil ? nil : protocolDefault { $0.methods[name] }
    }

    public func staticMethod(_ name: String) -> Function? {
        var t: TypeValue? = self
        while let c = t {
            if let m = c.staticMethods[name] { return m }
            t = c.superclass
        }
        return nil
    }

    /// The static method declaring `op` (`static func + (lhs:rhs:)`), cached per type.
    func operatorMethod(_ op: BinaryOperator) -> Function? {
        if operatorCacheEpoch != epoch {
            operatorCache = Array(repeating: nil, count: BinaryOperator.allCases.count)
            operatorCacheEpoch = epoch
        }
        if let found = operatorCache[op.rawValue] { return found }
        let m = staticMethod(op.symbol)
        operatorCache[op.rawValue] = .some(m)
        return m
    }

    public func computedProperty(_ name: String) -> ComputedProperty? {
        var t: TypeValue? = self
        while let c = t {
            if let p = c.computed[name] { return p }
            t = c.superclass
        }
        return protocols.isEmpty && superclass == nil ? nil : protocolDefault { $0.computed[name] }
    }

    public func isSubtype(of other: TypeValue) -> Bool {
        var t: TypeValue? = self
        while let c = t { if c === other { return true }; t = c.superclass }
        return false
    }

    override func forEachReference(_ body: (HeapObject) -> Void) {
        for f in methods.values { body(f) }
        for f in staticMethods.values { body(f) }
        for b in staticVars.values { body(b) }
        for p in computed.values { body(p.getter); if let s = p.setter { body(s) } }
        for f in initializers { body(f) }
        if let s = superclass { body(s) }
        for v in staticMembers.values { v.visit(body) }
        if let c = constructor { body(c) }
        for p in protocols { body(p) }
    }
}

/// A stored property's initial value expression, run for each new instance.
struct FieldInitializer {
    let run: (Frame) throws -> Value
    /// The value of a number or Bool literal initializer (`var grad = 0.0`) or of a closure that
    /// captures nothing (`= {}`), computed and converted to the field's kind once: a new instance
    /// stores it without calling `run` (a closure call and a copy of the initializer per field and
    /// instance; callgrind, the Scalar-class program).
    var constant: Value? = nil
}

/// An instance of a script class or struct: fields stored by index behind a pointer (no
/// exclusivity checks on access).
public final class Instance: HeapObject {
    public let type: TypeValue
    public let fields: UnsafeMutablePointer<Value>
    public let fieldCount: Int

    public init(type: TypeValue) {
        self.type = type
        fieldCount = type.fields.count
        fields = .allocate(capacity: fieldCount)
        fields.initialize(repeating: .null, count: fieldCount)
        super.init()
    }

    /// A copy (struct value semantics).
    public init(copying other: Instance) {
        type = other.type
        fieldCount = other.fieldCount
        fields = .allocate(capacity: fieldCount)
        fields.initialize(from: other.fields, count: fieldCount)
        super.init()
    }

    deinit {
        for i in 0..<fieldCount { deferRelease((fields + i).move()) }
        fields.deallocate()
        drainReleases()
    }

    public var isStruct: Bool { type.kind == .structType }

    public func field(_ name: String) -> Value? {
        guard let i = type.fieldIndex[name] else { return nil }
        return fields[i]
    }

    override func forEachReference(_ body: (HeapObject) -> Void) {
        body(type)
        for i in 0..<fieldCount { Value.visit(at: fields + i, body) }
    }
    override func clearReferences() {
        for i in 0..<fieldCount { fields[i] = .null }
    }
}

/// An enum case value, with associated values if any.
public final class EnumCaseValue: HeapObject {
    public let type: TypeValue
    public let caseIndex: Int
    public let payload: [Value]
    public init(type: TypeValue, caseIndex: Int, payload: [Value] = []) {
        self.type = type; self.caseIndex = caseIndex; self.payload = payload
        super.init()
    }
    public var caseName: String { type.cases[caseIndex].name }
    deinit {
        deferRelease(contentsOf: payload)
        drainReleases()
    }
    override func forEachReference(_ body: (HeapObject) -> Void) {
        body(type)
        Value.visit(payload, body)
    }
}

/// How a declared type converts a value on assignment (`let x: Double = 2` stores `2.0`).
public enum Coercion: Equatable {
    case none
    case double
    case int
    case string
    case bool
    case optionalDouble
    /// `Set<T>`: an array literal becomes a set (`var seen: Set<Int> = [1, 2]`).
    case set
    /// A script enum (or other named type): implicit members (`.relu`) become its cases.
    case named(String)
    /// A tuple type with element labels: `(min: Int, max: Int)` labels an unlabeled tuple.
    case tupleLabels([String?])
    /// Containers of floating-point numbers (`[Double]`, `[String: Double]`, `(Double, Int)`,
    /// `[Double]?`): integers inside become Doubles, as a literal in that context would
    /// (`func f(_ xs: [Double])` called with `f([1, 2])`).
    indirect case elements(Coercion)
    indirect case dictionaryValues(Coercion)
    case tuple([Coercion], labels: [String?]?)
    indirect case optional(Coercion)
    /// `UInt64`, `Int32`, ... (also optional): an `Int` becomes that type when it fits.
    case fixedInt(IntegerKind)

    /// The coercion a written type asks for (tuple types give their labels).
    init(type: TypeRef) {
        switch type {
        case let .array(e):
            let c = Coercion(type: e)
            self = c.convertsNumbers ? .elements(c) : .none
        case let .dictionary(_, v):
            let c = Coercion(type: v)
            self = c.convertsNumbers ? .dictionaryValues(c) : .none
        case let .tuple(elements) where elements.count > 1:
            let cs = elements.map { Coercion(type: $0.type) }
            let labels: [String?]? = elements.contains { $0.label != nil } ? elements.map { $0.label } : nil
            if cs.contains(where: { $0.convertsNumbers }) {
                self = .tuple(cs, labels: labels)
            } else if let labels {
                self = .tupleLabels(labels)
            } else {
                self = .none
            }
        case let .optional(w), let .implicitlyUnwrapped(w):
            let c = Coercion(type: w)
            switch c {
            case .elements, .dictionaryValues, .tuple: self = .optional(c)
            default: self.init(typeName: type.text)
            }
        default:
            self.init(typeName: type.text)
        }
    }

    /// Whether this is checked after an in-place change (`xs[i] = v`): containers are not walked
    /// again (an assigned element gets its type from the context instead).
    var isScalar: Bool {
        switch self {
        case .none, .elements, .dictionaryValues, .tuple, .optional: return false
        default: return true
        }
    }

    /// Whether this converts integers somewhere (the containers above are built only then).
    var convertsNumbers: Bool {
        switch self {
        case .double, .optionalDouble, .elements, .dictionaryValues, .tuple, .optional, .fixedInt: return true
        default: return false
        }
    }

    /// The coercion a declared type name asks for.
    public init(typeName: String?) {
        switch typeName {
        case nil: self = .none
        case "Double", "Float", "CGFloat": self = .double
        case "Double?", "Float?": self = .optionalDouble
        case "Int": self = .int
        case "String": self = .string
        case "Bool": self = .bool
        case let name? where name == "Set" || name.hasPrefix("Set<") && name.hasSuffix(">"): self = .set
        case let name? where IntegerKind(name: name.hasSuffix("?") ? String(name.dropLast()) : name) != nil:
            self = .fixedInt(IntegerKind(name: name.hasSuffix("?") ? String(name.dropLast()) : name)!)
        case let name?:
            var base = name.hasSuffix("?") ? String(name.dropLast()) : name
            if let open = base.firstIndex(of: "<"), base.hasSuffix(">") { base = String(base[..<open]) }  // `Result<Int, E>`
            if base.first?.isUppercase == true, base.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                self = .named(base)
            } else {
                self = .none
            }
        }
    }
}

/// One case of an enum.
public struct EnumCaseInfo {
    public var name: String
    /// The raw value (`.null` in an enum without raw values; nil in the placeholder type of implicit
    /// members, which has no `rawValue`).
    public var rawValue: Value?
    /// The labels of its associated values (`nil` for none written).
    public var payloadLabels: [String?]
    /// The written type name of each associated value (for implicit members inside them).
    var payloadTypes: [String?]
}

/// A stored property of a script type.
public struct FieldInfo {
    public var name: String
    /// The initial value expression, evaluated per instance (nil: none written).
    var initializer: FieldInitializer?
    /// The declared kind values are converted to when stored.
    var coercion: Coercion
    var isLet: Bool
    /// Declared `T?`: may be left out of a memberwise initializer.
    var isOptional: Bool
    /// The declared type (optionals in it print as `Optional(…)`).
    var type: TypeRef?
}
