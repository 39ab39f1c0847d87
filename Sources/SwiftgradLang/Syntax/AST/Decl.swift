/// Declaration modifiers as written (`static`, `mutating`, `override`, ...). Access control
/// (`private`, `public`, ...) and `final` are accepted and recorded but have no effect.
public enum DeclModifier: String, CaseIterable, Hashable {
    case `static`, `class`, mutating, nonmutating, override, required, convenience, final, lazy, weak,
         unowned, `private`, `fileprivate`, `internal`, `public`, open, indirect, `prefix`, `postfix`,
         `infix`, dynamic, optional
}

/// `let`/`var` declaration with one or more bindings (`let a = 1, b: Double = 2`).
public struct VarDecl {
    /// `let` (constant) or `var`.
    public var isLet: Bool
    public var modifiers: Set<DeclModifier>
    public var bindings: [VarBinding]
    /// The `///` doc comment lines just above (joined by newlines, `///` and one space removed).
    public var doc: String?

    public init(isLet: Bool, modifiers: Set<DeclModifier>, bindings: [VarBinding], doc: String?) {
        self.isLet = isLet
        self.modifiers = modifiers
        self.bindings = bindings
        self.doc = doc
    }

    public var isStatic: Bool { modifiers.contains(.static) || modifiers.contains(.class) }
}

/// One binding of a `let`/`var`: `pattern: type = initializer` or a computed/observed property.
public struct VarBinding {
    /// A `.binding` name for the common case; a `.tuple` for `let (a, b) = t`; `.wildcard` for `let _ = x`.
    /// (The type annotation is in `type`, not wrapped in `.typed`.)
    public var pattern: Pattern
    public var type: TypeRef?
    public var initializer: Expr?
    /// `{ get set }` / `{ expr }` / `{ didSet { } }` blocks; nil for a plain stored variable.
    public var accessors: PropertyAccessors?
    public var location: SourceLocation

    public init(pattern: Pattern, type: TypeRef?, initializer: Expr?, accessors: PropertyAccessors?,
                location: SourceLocation) {
        self.pattern = pattern
        self.type = type
        self.initializer = initializer
        self.accessors = accessors
        self.location = location
    }

    /// The single name bound, when the pattern is a simple name.
    public var name: String? {
        if case let .binding(name, _, _) = pattern { return name }
        return nil
    }
}

/// The accessor block of a computed or observed property (or a subscript).
/// `var x: T { expr }` gives `getter` = that body. In protocols, `{ get set }` gives `getter` and
/// `setter` with empty bodies and `isRequirement == true`.
public struct PropertyAccessors {
    public var getter: [Stmt]?
    public var setter: Accessor?
    public var willSet: Accessor?
    public var didSet: Accessor?
    /// Protocol requirement (`{ get }` / `{ get set }` without bodies).
    public var isRequirement: Bool

    public init(getter: [Stmt]? = nil, setter: Accessor? = nil, willSet: Accessor? = nil,
                didSet: Accessor? = nil, isRequirement: Bool = false) {
        self.getter = getter
        self.setter = setter
        self.willSet = willSet
        self.didSet = didSet
        self.isRequirement = isRequirement
    }

    /// Computed: has a getter (and maybe a setter). Otherwise the property is stored (maybe observed).
    public var isComputed: Bool { getter != nil }
}

/// `set(newValue) { }`, `willSet { }`, `didSet(old) { }`.
public struct Accessor {
    /// The parameter name: as written, else the implicit `newValue` (set/willSet) or `oldValue` (didSet).
    public var parameterName: String
    public var body: [Stmt]
    public init(parameterName: String, body: [Stmt]) { self.parameterName = parameterName; self.body = body }
}

/// A function, method, operator function, initializer or subscript declaration. A class so the back
/// end can key compiled functions by identity and annotate it.
public final class FuncDecl {
    /// The name: `"backward"`, an operator (`"+"`, `"**"`, `"=="`), `"init"`, or `"subscript"`.
    public var name: String
    public var modifiers: Set<DeclModifier>
    /// Generic parameter names (`func f<T: Numeric>` gives `["T"]`); constraints are dropped.
    public var genericParameters: [String]
    public var parameters: [FuncParam]
    /// `-> T`, nil when omitted (Void).
    public var returnType: TypeRef?
    /// `throws` / `rethrows` written.
    public var isThrowing: Bool
    /// `init?` (may return nil).
    public var isFailable: Bool
    /// The body; nil for protocol requirements (and subscripts with an accessor block). A body that is
    /// exactly one expression statement returns that value (implicit return) when a return type is
    /// declared.
    public var body: [Stmt]?
    /// For subscripts with `{ get set }` blocks.
    public var accessors: PropertyAccessors?
    /// The `///` doc comment just above (see `VarDecl.doc`).
    public var doc: String?
    /// Where the `func` / `init` / `subscript` keyword is.
    public var location: SourceLocation
    /// Where the body's closing `}` is (for "missing return" style errors); nil without a body.
    public var endLocation: SourceLocation?

    public init(name: String, modifiers: Set<DeclModifier> = [], genericParameters: [String] = [],
                parameters: [FuncParam], returnType: TypeRef?, isThrowing: Bool = false,
                isFailable: Bool = false, body: [Stmt]?, accessors: PropertyAccessors? = nil,
                doc: String? = nil, location: SourceLocation, endLocation: SourceLocation? = nil) {
        self.name = name
        self.modifiers = modifiers
        self.genericParameters = genericParameters
        self.parameters = parameters
        self.returnType = returnType
        self.isThrowing = isThrowing
        self.isFailable = isFailable
        self.body = body
        self.accessors = accessors
        self.doc = doc
        self.location = location
        self.endLocation = endLocation
    }

    public var isStatic: Bool { modifiers.contains(.static) || modifiers.contains(.class) }
    public var isMutating: Bool { modifiers.contains(.mutating) }
    /// The name is an operator (`+`, `**`, `==`, ...).
    public var isOperator: Bool { name.first.map { !($0.isLetter || $0 == "_") } ?? false }
    /// Swift-style signature name, e.g. `"sum(_:to:)"`, `"+(_:_:)"` (labels as written).
    public var signatureName: String {
        name + "(" + parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
    }
}

/// One parameter of a function, initializer, subscript or closure.
public struct FuncParam {
    /// The external argument label: `nil` for `_` (and for closure parameters); `"x"` for `func f(x: Int)`;
    /// `"from"` for `func f(from x: Int)`. Subscript parameters have no label unless written twice
    /// (`subscript(i i: Int)`), as in Swift.
    public var label: String?
    /// The internal name used in the body (`_` allowed: the argument is ignored).
    public var name: String
    /// The annotation; nil for untyped closure parameters.
    public var type: TypeRef?
    /// `= expr` default.
    public var defaultValue: Expr?
    /// `T...` — collects the remaining unlabeled arguments into an array.
    public var isVariadic: Bool
    /// `inout T` — the argument is written `&x` and written back on return.
    public var isInout: Bool
    /// `@autoclosure () -> T` — the argument expression is wrapped in a closure, evaluated when called.
    public var isAutoclosure = false
    public var location: SourceLocation

    public init(label: String?, name: String, type: TypeRef?, defaultValue: Expr? = nil,
                isVariadic: Bool = false, isInout: Bool = false, location: SourceLocation) {
        self.label = label
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.isVariadic = isVariadic
        self.isInout = isInout
        self.location = location
    }
}

/// `class`, `struct`, `enum`, `protocol` or `extension`.
public enum TypeDeclKind: String {
    case `class`, `struct`, `enum`, `protocol`, `extension`
}

/// A type declaration (or extension). A class so the back end can key by identity.
public final class TypeDecl {
    public var kind: TypeDeclKind
    /// The type's name (for an extension, the extended type's name, e.g. `"Value"` or `"Array"`).
    public var name: String
    public var modifiers: Set<DeclModifier>
    public var genericParameters: [String]
    /// `: Superclass, Protocol, ...` in order; for enums the first may be the raw type (`Int`, `String`).
    public var inherited: [TypeRef]
    /// Members: `.variable`, `.function`, `.initializer`, `.deinitializer`, `.subscriptDecl`,
    /// `.enumCase`, nested `.typeDecl`, `.typeAlias`.
    public var members: [Stmt]
    public var doc: String?
    /// Where the `class`/`struct`/... keyword is.
    public var location: SourceLocation

    public init(kind: TypeDeclKind, name: String, modifiers: Set<DeclModifier> = [],
                genericParameters: [String] = [], inherited: [TypeRef], members: [Stmt], doc: String? = nil,
                location: SourceLocation) {
        self.kind = kind
        self.name = name
        self.modifiers = modifiers
        self.genericParameters = genericParameters
        self.inherited = inherited
        self.members = members
        self.doc = doc
        self.location = location
    }
}

/// One case of `case a, b = 2, c(x: Double, Int)` in an enum.
public struct EnumCaseElement {
    public var name: String
    /// `= 2`, `= "red"` (a literal expression), nil if not written (the back end derives raw values
    /// for Int/String raw types).
    public var rawValue: Expr?
    /// Associated values (`c(x: Double, Int)`): labels (nil when not written) and types.
    public var associatedValues: [TupleTypeElement]?
    public var location: SourceLocation

    public init(name: String, rawValue: Expr?, associatedValues: [TupleTypeElement]?, location: SourceLocation) {
        self.name = name
        self.rawValue = rawValue
        self.associatedValues = associatedValues
        self.location = location
    }
}
