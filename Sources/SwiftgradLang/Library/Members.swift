/// Member access on any value at run time: `x.name`, `x.name = v`, `x.name(args)`.
/// (Compiled code caches the common instance case; this is the general path.)
enum Members {
    static func noMember(_ v: Value, _ name: String) -> RuntimeError {
        if name == "backward", !isScalarGraphNode(v) {
            return RuntimeError.typeMismatch("value of type '\(v.typeName)' has no member 'backward': backward() starts "
                + "from a scalar loss (one Value); reduce to one first, e.g. with mse(...), a sum (.reduce(0, +)) or a mean")
        }
        return RuntimeError.typeMismatch("value of type '\(v.typeName)' has no member '\(name)'"
            + Suggestions.hint(for: name, among: Completer.members(of: v)))
    }

    /// Whether a value is a node of the scalar graph (a native `Value`), whose `backward()` exists.
    static func isScalarGraphNode(_ v: Value) -> Bool {
        if case let .native(n) = v { return n.type.methods["backward"] != nil }
        return false
    }

    /// `v.name`.
    static func get(_ v: Value, _ name: String, _ rt: Runtime) throws -> Value {
        switch v {
        case let .instance(inst):
            if let i = inst.type.fieldIndex[name] { return inst.fields[i] }
            if let p = inst.type.computedProperty(name) { return try rt.call(.function(p.getter), [], receiver: v) }
            if let m = inst.type.method(name) { return .function(BoundMethod(receiver: v, method: m)) }
        case let .native(n):
            if let p = n.type.properties[name] { return try p.get(n) }
            if let m = n.type.methods[name] {
                let body = m.body
                return .function(NativeFunction(name: name, labels: m.labels, signature: m.signature, doc: m.doc) { args in
                    try body(n, args)
                })
            }
        case let .type(t): return try staticMember(t, name, rt)
        case let .enumCase(e):
            if name == "rawValue", e.caseIndex < e.type.cases.count, let raw = e.type.cases[e.caseIndex].rawValue { return raw }
            if let p = e.type.computedProperty(name) { return try rt.call(.function(p.getter), [], receiver: v) }
            if let m = e.type.method(name) { return .function(BoundMethod(receiver: v, method: m)) }
        case let .array(a): if let r = try ArrayMembers.property(a.items, name, rt) { return r }
        case let .string(s): if let r = StringMembers.property(s.value, name) { return r }
        case let .dict(d): if let r = CollectionMembers.dictProperty(d, name) { return r }
        case let .set(s): if let r = CollectionMembers.setProperty(s, name) { return r }
        case let .range(r): if let x = CollectionMembers.rangeProperty(r, name) { return x }
        case let .tuple(t): if let x = CollectionMembers.tupleProperty(t, name) { return x }
        case .int, .double: if let x = NumberMembers.property(v, name) { return x }
        case .bool: if name == "description" { return .str(v.description) }
        case .null:
            throw RuntimeError(.unwrapNil, "value of optional type is nil; cannot read '\(name)' (use ?. or if let)")
        default: break
        }
        if let ext = rt.extensionMethod(for: v, name) { return .function(BoundMethod(receiver: v, method: ext)) }
        if let p = rt.extensionComputed(for: v, name) { return try rt.call(.function(p.getter), [], receiver: v) }
        if name == "lazy" {
            // `xs.lazy.map { ... }` runs eagerly: the same elements (docs/language.md, Differences).
            switch v {
            case .array, .string, .dict, .set: return v
            case .range where !Sequences.isUnbounded(v): return v
            case .range: throw RuntimeError.typeMismatch("'lazy' on an endless range (n...) is not supported: give the range an upper bound")
            default: break
            }
        }
        throw noMember(v, name)
    }

    /// `T.name`: static properties and methods, enum cases, builtin statics (`Int.max`, `Double.pi`).
    static func staticMember(_ t: TypeValue, _ name: String, _ rt: Runtime) throws -> Value {
        if let i = t.cases.firstIndex(where: { $0.name == name }), t.kind == .enumType {
            let labels = t.cases[i].payloadLabels
            if labels.isEmpty { return .enumCase(EnumCaseValue(type: t, caseIndex: i)) }
            return .function(NativeFunction(name: name, labels: nil) { args in
                guard args.count == labels.count else {
                    throw RuntimeError.typeMismatch("case '\(name)' takes \(labels.count) associated value(s)")
                }
                return .enumCase(EnumCaseValue(type: t, caseIndex: i, payload: try rt.resolvingImplicitPayload(args.values, t, i)))
            })
        }
        var c: TypeValue? = t
        while let x = c {
            if let b = x.staticVars[name] { return b.value }
            if let v = x.staticMembers[name] { return v }
            if let p = x.staticComputed[name] { return try rt.call(.function(p.getter), [], receiver: .type(t)) }
            c = x.superclass
        }
        if let m = t.staticMethod(name) { return .function(BoundMethod(receiver: .type(t), method: m)) }
        if name == "allCases", t.kind == .enumType {
            return .arr(t.cases.indices.map { .enumCase(EnumCaseValue(type: t, caseIndex: $0)) })
        }
        if name == "self" { return .type(t) }
        if name == "init" {  // `xs.map(String.init)`
            return .function(NativeFunction(name: "\(t.name).init", labels: nil) { args in
                try rt.call(.type(t), args.values, labels: args.labels)
            })
        }
        throw RuntimeError.typeMismatch("type '\(t.name)' has no member '\(name)'")
    }

    /// `v.name = x` on a class instance or native object (struct fields go through places).
    static func set(_ v: Value, _ name: String, _ x: Value, _ rt: Runtime) throws {
        switch v {
        case let .instance(inst):
            if let i = inst.type.fieldIndex[name] {
                inst.fields[i] = try rt.coerce(x, inst.type.fields[i].coercion, what: "property '\(name)'")
                return
            }
            if let p = inst.type.computedProperty(name) {
                guard let setter = p.setter else { throw RuntimeError(.immutableAssignment, "cannot assign to property: '\(name)' is a get-only property") }
                _ = try rt.call(.function(setter), [x], receiver: v)
                return
            }
        case let .native(n):
            if let p = n.type.properties[name] {
                guard let setter = p.set else { throw RuntimeError(.immutableAssignment, "cannot assign to property: '\(name)' is a get-only property") }
                try setter(n, x)
                return
            }
        case let .type(t):
            var c: TypeValue? = t
            while let k = c {
                if let b = k.staticVars[name] { b.value = x; return }
                if let p = k.staticComputed[name] {
                    guard let setter = p.setter else { throw RuntimeError(.immutableAssignment, "cannot assign to property: '\(name)' is a get-only property") }
                    _ = try rt.call(.function(setter), [x], receiver: v)
                    return
                }
                c = k.superclass
            }
        default: break
        }
        throw noMember(v, name)
    }

    /// Builtin methods that change their array, dictionary, set or string receiver (the others
    /// also work on `let` constants).
    static let mutatingBuiltins: Set<String> = ArrayMembers.mutating.union([
        "removeValue", "updateValue", "formUnion", "merge", "subtract", "formIntersection", "formSymmetricDifference",
    ])

    /// `recv.name(args)` for receivers that are not script instances (builtin values, natives, types).
    /// `recv` is inout so mutating methods (`append`, `insert`, ...) change the place it came from.
    static func callBuiltin(_ recv: inout Value, _ name: String, _ args: Arguments) throws -> Value {
        let rt = args.runtime
        if case let .native(n) = recv, let m = n.type.methods[name] {
            try m.signatureCheck.check(function: name, labels: args.callLabels)
            return try m.body(n, args)
        }
        // Switch on a tag, not on `recv` itself: a switch keeps a copy of its subject alive through
        // the case body, and that copy would make every `append` copy the array (copy-on-write).
        let result: Value?
        switch recv.builtinKind {
        case .array: result = try ArrayMembers.call(&recv, name, args)
        case .string: result = try StringMembers.call(&recv, name, args)
        case .dict: result = try CollectionMembers.dictCall(&recv, name, args)
        case .set: result = try CollectionMembers.setCall(&recv, name, args)
        case .range: result = try CollectionMembers.rangeCall(&recv, name, args)
        case .number: result = try NumberMembers.call(&recv, name, args)
        case .null:
            throw RuntimeError(.unwrapNil, "value of optional type is nil; cannot call '\(name)' (use ?. or if let)")
        case .other: result = nil
        }
        if let result { return result }
        if let ext = rt.extensionMethod(for: recv, name) {
            let base = try rt.reserve(args.count + 1)
            defer { rt.release(base, args.count + 1) }
            base[0] = recv
            for (i, a) in args.values.enumerated() { base[1 + i] = a }
            let labels = args.labels
            return try rt.callFunction(ext, base: base, argCount: args.count, labels: labels,
                                       labelSignature: rt.labelSignatures.id(labels), hasReceiver: true)
        }
        if case let .instance(inst) = recv, ScriptSequences.isSequence(recv), inst.type.method(name) == nil,
           inst.type.fieldIndex[name] == nil, inst.type.computedProperty(name) == nil {
            return try ScriptSequences.call(recv, name, args)
        }
        // A property holding a function (`obj.callback()`).
        let member = try get(recv, name, rt)
        return try rt.call(member, args.values, labels: args.labels)
    }
}
