// Copy-on-write mutation of value-semantic boxes held in a place (variable, field, element):
// the box is detached from the place, copied if anyone else still holds it, mutated, and put back.

/// The receiver kinds builtin methods dispatch on.
enum BuiltinKind { case array, string, dict, set, range, number, null, other }

extension Value {
    @inline(__always) var builtinKind: BuiltinKind {
        switch self {
        case .array: return .array
        case .string: return .string
        case .dict: return .dict
        case .set: return .set
        case .range: return .range
        case .int, .double: return .number
        case .null: return .null
        default: return .other
        }
    }

    @inline(__always) mutating func mutateArray<R>(_ body: (inout [Value]) throws -> R) throws -> R {
        guard case .array(var ref) = self else {
            throw RuntimeError.typeMismatch("value of type '\(typeName)' is not an array")
        }
        self = .null
        if !isKnownUniquelyReferenced(&ref) { ref = ArrayRef(ref.items) }
        defer { self = .array(ref) }
        return try body(&ref.items)
    }

    @inline(__always) mutating func mutateDict<R>(_ body: (DictRef) throws -> R) throws -> R {
        guard case .dict(var ref) = self else {
            throw RuntimeError.typeMismatch("value of type '\(typeName)' is not a dictionary")
        }
        self = .null
        if !isKnownUniquelyReferenced(&ref) { ref = DictRef(copying: ref) }
        defer { self = .dict(ref) }
        return try body(ref)
    }

    @inline(__always) mutating func mutateSet<R>(_ body: (SetRef) throws -> R) throws -> R {
        guard case .set(var ref) = self else {
            throw RuntimeError.typeMismatch("value of type '\(typeName)' is not a set")
        }
        self = .null
        if !isKnownUniquelyReferenced(&ref) { ref = SetRef(copying: ref) }
        defer { self = .set(ref) }
        return try body(ref)
    }

    /// Appends to a string in place when this value holds the only reference to its box (a new box
    /// otherwise), within the string size limit; `what` names the operation for the error.
    mutating func appendString(_ more: String, _ what: String) throws {
        guard case .string(var ref) = self else {
            throw RuntimeError.typeMismatch("value of type '\(typeName)' is not a string")
        }
        try Limits.checkString(bytes: ref.value.utf8.count + more.utf8.count, what)
        self = .null
        if isKnownUniquelyReferenced(&ref) { ref.value.append(more) } else { ref = StringRef(ref.value + more) }
        self = .string(ref)
    }

    /// A struct instance made unique (class instances are returned as they are).
    @inline(__always) mutating func mutateInstance<R>(_ body: (Instance) throws -> R) throws -> R {
        guard case .instance(var ref) = self else {
            throw RuntimeError.typeMismatch("value of type '\(typeName)' has no stored properties")
        }
        if !ref.isStruct { return try body(ref) }
        self = .null
        if !isKnownUniquelyReferenced(&ref) { ref = Instance(copying: ref) }
        defer { self = .instance(ref) }
        return try body(ref)
    }
}
