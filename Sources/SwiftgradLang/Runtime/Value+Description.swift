/// Text of values exactly as Swift's `print` shows them: `49.0`, `0.30000000000000004`, `[1, 2]`,
/// `["a": 1]`, strings quoted inside collections, `(1, "a")`, `Point(x: 1, y: 2)` for structs.
extension Value: CustomStringConvertible {
    public var description: String { (try? describe(debug: false)) ?? "<error>" }

    /// Like `description`, but a user-defined `description` that throws propagates the error.
    func describe(debug: Bool) throws -> String {
        guard let text = try ValueNesting.nested({ try describeOneLevel(debug: debug) }) else {
            throw RuntimeError(.stackOverflow, "value is nested more than \(ValueNesting.limit) levels deep to print")
        }
        return text
    }

    private func describeOneLevel(debug: Bool) throws -> String {
        switch self {
        case .void: return "()"
        case .null: return "nil"
        case let .bool(b): return b ? "true" : "false"
        case let .int(i): return String(i)
        case let .double(d): return d.description
        case let .string(s): return debug ? Value.quoted(s.value) : s.value
        case let .array(a): return try "[" + a.items.map { try $0.describe(debug: true) }.joined(separator: ", ") + "]"
        case let .set(s): return try "Set([" + s.items.map { try $0.describe(debug: true) }.joined(separator: ", ") + "])"
        case let .dict(d):
            if d.count == 0 { return "[:]" }
            var parts: [String] = []
            for (k, v) in zip(d.keys, d.values) { parts.append(try k.describe(debug: true) + ": " + v.describe(debug: true)) }
            return "[" + parts.joined(separator: ", ") + "]"
        case let .tuple(t):
            var parts: [String] = []
            for (i, v) in t.items.enumerated() {
                let text = try v.describe(debug: true)
                parts.append(t.labels[i].map { "\($0): \(text)" } ?? text)
            }
            return "(" + parts.joined(separator: ", ") + ")"
        case let .range(r): return "\(r.lower)\(r.closed ? "..." : "..<")\(r.upper)"
        case let .instance(inst):
            if let custom = try Value.customDescription(of: self, type: inst.type) { return custom }
            if inst.isStruct {
                var parts: [String] = []
                let fields = inst.type.fields
                for i in 0..<inst.fieldCount {
                    let shape = i < fields.count ? fields[i].type.flatMap { Compiler.containsOptional($0) ? $0 : nil } : nil
                    let text = try shape.map { try Compiler.describe(inst.fields[i], as: $0, debug: true) }
                    parts.append("\(fields[i].name): \(try text ?? inst.fields[i].describe(debug: true))")
                }
                return "\(inst.type.name)(" + parts.joined(separator: ", ") + ")"
            }
            return inst.type.name
        case let .enumCase(e):
            if let custom = try Value.customDescription(of: self, type: e.type) { return custom }
            if e.payload.isEmpty { return debug && e.type.name != "ImplicitMember" ? "\(e.type.name).\(e.caseName)" : e.caseName }
            let labels = e.caseIndex < e.type.cases.count ? e.type.cases[e.caseIndex].payloadLabels : []
            var parts: [String] = []
            for (i, v) in e.payload.enumerated() {
                let text = try v.describe(debug: true)
                parts.append((i < labels.count ? labels[i] : nil).map { "\($0): \(text)" } ?? text)
            }
            return e.caseName + "(" + parts.joined(separator: ", ") + ")"
        case let .function(f): return f.kind == .script && f.name == "closure" ? "(Function)" : "(Function \(f.name))"
        case let .type(t): return t.name
        case let .native(n):
            if let d = n.type.description { return d(n) }
            if let c = n.anyPayload as? CustomStringConvertible { return c.description }
            return n.type.name
        case let .objectID(o): return "ObjectIdentifier(\(Value.hexAddress(o)))"
        case let .box(b): return try b.value.describe(debug: debug)
        }
    }

    /// Calls a script type's `description` computed property, if it declares one.
    static func customDescription(of v: Value, type: TypeValue) throws -> String? {
        guard let p = type.computedProperty("description"), let rt = Runtime.current else { return nil }
        let r = try rt.call(.function(p.getter), [], receiver: v)
        return try r.describe(debug: false)
    }

    static func hexAddress(_ o: ObjectIdentifier) -> String {
        let bits = UInt(bitPattern: o.hashValue)
        let hex = String(bits, radix: 16)
        return "0x" + String(repeating: "0", count: max(0, 16 - hex.count)) + hex
    }

    /// A string as a Swift literal: quoted, with escapes.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\0": out += "\\0"
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }

    /// The type name as Swift's `type(of:)` prints it: generic collections spelled out
    /// (`Array<Int>`, `Dictionary<String, Double>`); the rest as `typeName`.
    public var runtimeTypeName: String {
        switch self {
        case let .array(a): return "Array<" + (a.items.first.map { $0.runtimeTypeName } ?? "Any") + ">"
        case let .dict(d):
            return "Dictionary<" + (d.keys.first.map { $0.runtimeTypeName } ?? "AnyHashable") + ", "
                + (d.values.first.map { $0.runtimeTypeName } ?? "Any") + ">"
        case let .set(s): return "Set<" + (s.items.first.map { $0.runtimeTypeName } ?? "AnyHashable") + ">"
        case let .tuple(t): return "(" + t.items.map { $0.runtimeTypeName }.joined(separator: ", ") + ")"
        case let .range(r): return (r.closed ? "ClosedRange<" : "Range<") + r.lower.runtimeTypeName + ">"
        case let .box(b): return b.value.runtimeTypeName
        default: return typeName
        }
    }

    /// The Swift-style type name (`Int`, `[Double]`, `Scalar`, ...).
    public var typeName: String {
        switch self {
        case .void: return "()"
        case .null: return "Optional"
        case .bool: return "Bool"
        case .int: return "Int"
        case .double: return "Double"
        case .string: return "String"
        case let .array(a): return "[" + (a.items.first.map { $0.typeName } ?? "Any") + "]"
        case let .dict(d): return "[" + (d.keys.first.map { $0.typeName } ?? "AnyHashable") + ": " + (d.values.first.map { $0.typeName } ?? "Any") + "]"
        case let .set(s): return "Set<" + (s.items.first.map { $0.typeName } ?? "AnyHashable") + ">"
        case let .tuple(t): return "(" + t.items.map { $0.typeName }.joined(separator: ", ") + ")"
        case let .range(r): return (r.closed ? "ClosedRange<" : "Range<") + r.lower.typeName + ">"
        case let .instance(i): return i.type.name
        case let .enumCase(e): return e.type.name
        case .function: return "Function"
        case let .type(t): return "\(t.name).Type"
        case let .native(n): return n.type.name
        case .objectID: return "ObjectIdentifier"
        case let .box(b): return b.value.typeName
        }
    }
}
