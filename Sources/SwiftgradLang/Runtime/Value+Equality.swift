import Foundation

/// Structural equality and hashing (dictionary keys, sets, `==` when no operator is declared).
/// Class instances and native objects compare by identity; `1 == 1.0` is true.
extension Value {
    public func isEqual(to other: Value) -> Bool {
        // Identities and numbers first: set membership of objects (`seen.contains(ObjectIdentifier(v))`)
        // is the hot case and needs no nesting guard.
        switch (self, other) {
        case let (.objectID(a), .objectID(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.double(a), .double(b)): return a == b
        default: break
        }
        return ValueNesting.nested { isEqualOneLevel(to: other) } ?? sharesStorage(with: other)
    }

    /// Past `ValueNesting.limit`: equal only when both are the same array.
    private func sharesStorage(with other: Value) -> Bool {
        if case let .array(a) = self, case let .array(b) = other { return a === b }
        return false
    }

    private func isEqualOneLevel(to other: Value) -> Bool {
        switch (self, other) {
        case (.null, .null), (.void, .void): return true
        case let (.int(a), .int(b)): return a == b
        case let (.double(a), .double(b)): return a == b
        case let (.int(a), .double(b)): return Double(a) == b
        case let (.double(a), .int(b)): return a == Double(b)
        case let (.bool(a), .bool(b)): return a == b
        case let (.string(a), .string(b)): return a === b || a.value == b.value
        case let (.array(a), .array(b)):
            return a === b || (a.items.count == b.items.count && zip(a.items, b.items).allSatisfy { $0.isEqual(to: $1) })
        case let (.tuple(a), .tuple(b)):
            return a.items.count == b.items.count && zip(a.items, b.items).allSatisfy { $0.isEqual(to: $1) }
        case let (.set(a), .set(b)):
            return a.count == b.count && a.items.allSatisfy { b.contains($0) }
        case let (.dict(a), .dict(b)):
            return a.count == b.count && zip(a.keys, a.values).allSatisfy { k, v in b[k].map { $0.isEqual(to: v) } ?? false }
        case let (.range(a), .range(b)):
            return a.closed == b.closed && a.lower.isEqual(to: b.lower) && a.upper.isEqual(to: b.upper)
        case let (.instance(a), .instance(b)):
            if a === b { return true }
            guard a.isStruct, a.type === b.type else { return false }
            for i in 0..<a.fieldCount where !a.fields[i].isEqual(to: b.fields[i]) { return false }
            return true
        case let (.enumCase(a), .enumCase(b)):
            if a.type === b.type { return a.caseIndex == b.caseIndex && a.payload.count == b.payload.count
                && zip(a.payload, b.payload).allSatisfy { $0.isEqual(to: $1) } }
            // An implicit member (`.relu`) equals the case of that name.
            if a.type.isImplicitMembers || b.type.isImplicitMembers {
                return a.caseName == b.caseName && a.payload.count == b.payload.count && zip(a.payload, b.payload).allSatisfy { $0.isEqual(to: $1) }
            }
            return false
        case (.int, .native), (.native, .int):
            // A fixed-width integer equals the same Int (an Int literal key: `counts[3]` in a `[UInt64: Int]`).
            guard let x = FixedIntegers.integer(self), let y = FixedIntegers.integer(other) else { return false }
            return x == y
        case let (.native(a), .native(b)):
            if a.type === b.type, let eq = a.type.equality { return eq(a, b) }
            return a.identity == b.identity
        case let (.objectID(a), .objectID(b)): return a == b
        case let (.type(a), .type(b)): return a === b
        case let (.function(a), .function(b)): return a === b
        default: return false
        }
    }

    public func hash(into h: inout Hasher) {
        switch self {
        case let .objectID(o): h.combine(o)
        case let .int(i): h.combine(Double(i))
        case let .double(d): h.combine(d)
        default: _ = ValueNesting.nested { hashOneLevel(into: &h) }
        }
    }

    private func hashOneLevel(into h: inout Hasher) {
        switch self {
        case .null: h.combine(0)
        case .void: h.combine(1)
        case let .int(i): h.combine(Double(i))
        case let .double(d): h.combine(d)
        case let .bool(b): h.combine(b)
        case let .string(s): h.combine(s.value)
        case let .array(a): h.combine(a.items.count); for v in a.items { v.hash(into: &h) }
        case let .tuple(t): h.combine(t.items.count); for v in t.items { v.hash(into: &h) }
        case let .set(s): h.combine(s.count)
        case let .dict(d): h.combine(d.count)
        case let .range(r): r.lower.hash(into: &h); r.upper.hash(into: &h)
        case let .instance(i):
            if i.isStruct { for k in 0..<i.fieldCount { i.fields[k].hash(into: &h) } } else { h.combine(ObjectIdentifier(i)) }
        case let .enumCase(e): h.combine(e.caseName); for v in e.payload { v.hash(into: &h) }
        case let .native(n):
            if let hashing = n.type.hashing { hashing(n, &h) } else { h.combine(n.identity) }
        case let .objectID(o): h.combine(o)
        case let .type(t): h.combine(ObjectIdentifier(t))
        case let .function(f): h.combine(ObjectIdentifier(f))
        case let .box(b): b.value.hash(into: &h)
        }
    }

    /// The identity of a reference value (`ObjectIdentifier(x)`, `===`), or nil for values.
    var identity: ObjectIdentifier? {
        switch self {
        case let .instance(i): return i.isStruct ? nil : ObjectIdentifier(i)
        case let .native(n): return n.identity
        case let .function(f): return ObjectIdentifier(f)
        case let .type(t): return ObjectIdentifier(t)
        case let .objectID(o): return o
        default: return nil
        }
    }
}

/// Implicit member expressions (`.relu`) evaluate to a case of a placeholder enum until a declared type
/// (a parameter, variable or switch subject) gives them meaning. One per runtime (its cases are interned
/// names, added at compile time; the type is made on the script thread, so it joins the runtime's heap).
struct ImplicitMembers {
    let type: TypeValue
    private var index: [String: Int] = [:]

    init() {
        type = TypeValue(name: "ImplicitMember", kind: .enumType)
        type.isImplicitMembers = true
    }

    /// The case of `name` (added on first use).
    mutating func caseIndex(_ name: String) -> Int {
        if let k = index[name] { return k }
        let i = type.cases.count
        type.cases.append(EnumCaseInfo(name: name, rawValue: nil, payloadLabels: [], payloadTypes: []))
        index[name] = i
        return i
    }

    mutating func value(_ name: String, payload: [Value] = []) -> Value {
        value(caseIndex: caseIndex(name), payload: payload)
    }

    @inline(__always) func value(caseIndex i: Int, payload: [Value] = []) -> Value {
        .enumCase(EnumCaseValue(type: type, caseIndex: i, payload: payload))
    }
}
