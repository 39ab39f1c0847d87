/// Completion for the kernel: names in scope (globals, builtins, keywords) and, after a `.`, the
/// members of an already-defined value or type. Cursor offsets are in unicode scalars.
struct Completer {
    let runtime: Runtime

    static let keywords = [
        "let", "var", "func", "class", "struct", "enum", "extension", "protocol", "init", "self", "super",
        "if", "else", "guard", "while", "repeat", "for", "in", "where", "switch", "case", "default", "break",
        "continue", "return", "true", "false", "nil", "import", "static", "mutating", "inout", "throw", "do",
    ]

    static func isIdentifierScalar(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isAlphabetic || ("0"..."9").contains(c)
    }

    func complete(_ code: String, cursor: Int) -> Completion {
        let scalars = Array(code.unicodeScalars)
        let end = max(0, min(cursor, scalars.count))
        var start = end
        while start > 0 && Completer.isIdentifierScalar(scalars[start - 1]) { start -= 1 }
        let prefix = String(String.UnicodeScalarView(scalars[start..<end]))
        var candidates: [String]
        var kinds: [String: String] = [:]
        if start > 0 && scalars[start - 1] == "." {
            var bStart = start - 1
            while bStart > 0 && (Completer.isIdentifierScalar(scalars[bStart - 1]) || scalars[bStart - 1] == ".") { bStart -= 1 }
            let path = String(String.UnicodeScalarView(scalars[bStart..<(start - 1)]))
            let v = value(ofPath: path)
            candidates = v.map(Completer.members(of:)) ?? []
            kinds = v.map(Completer.memberKinds(of:)) ?? [:]
        } else {
            let globals = runtime.globals.values.filter { $0.isDefined }
            candidates = globals.map { $0.name } + Completer.keywords
            for keyword in Completer.keywords { kinds[keyword] = "keyword" }
            for cell in globals { kinds[cell.name] = Completer.kind(of: cell.value) }
        }
        let matches = Array(Set(candidates.filter { $0.hasPrefix(prefix) && !$0.isEmpty && $0.first != "<" })).sorted()
        return Completion(matches: matches, cursorStart: start, cursorEnd: end, types: matches.map { kinds[$0] ?? "property" })
    }

    /// The completion type of a global: what JupyterLab shows an icon for.
    static func kind(of v: Value) -> String {
        switch v {
        case .function: return "function"
        case .type: return "class"
        default: return "instance"
        }
    }

    /// "method" for the members of `v` that are called, "property" for the rest (the default).
    static func memberKinds(of v: Value) -> [String: String] {
        var methods: [String] = []
        switch v {
        case let .instance(i):
            var t: TypeValue? = i.type
            while let c = t { methods += Array(c.methods.keys); t = c.superclass }
        case let .native(n): methods = Array(n.type.methods.keys)
        case let .type(t): methods = Array(t.staticMethods.keys)
        case let .enumCase(e): methods = Array(e.type.methods.keys)
        default: break
        }
        return Dictionary(methods.map { ($0, "method") }, uniquingKeysWith: { a, _ in a })
    }

    /// The value a dotted path of globals names (`model.layers`), or nil.
    func value(ofPath path: String) -> Value? {
        let parts = path.split(separator: ".").map(String.init)
        guard let first = parts.first, let cell = runtime.globals[first], cell.isDefined else { return nil }
        var v = cell.value
        for p in parts.dropFirst() {
            guard let next = try? Members.get(v, p, runtime) else { return nil }
            v = next
        }
        return v
    }

    static func members(of v: Value) -> [String] {
        switch v {
        case let .instance(i):
            var out: [String] = []
            var t: TypeValue? = i.type
            while let c = t { out += c.fieldNames + Array(c.methods.keys) + Array(c.computed.keys); t = c.superclass }
            return out
        case let .native(n): return Array(n.type.properties.keys) + Array(n.type.methods.keys)
        case let .type(t):
            return t.cases.map(\.name) + Array(t.staticMethods.keys) + Array(t.staticVars.keys) + Array(t.staticMembers.keys)
        case .array:
            return ["count", "isEmpty", "first", "last", "append", "insert", "remove", "removeAll", "removeLast", "map",
                    "filter", "reduce", "sorted", "sort", "reversed", "enumerated", "contains", "firstIndex", "min", "max",
                    "joined", "forEach", "compactMap", "flatMap", "indices", "prefix", "suffix", "shuffled", "allSatisfy"]
        case .string:
            return ["count", "isEmpty", "hasPrefix", "hasSuffix", "contains", "split", "uppercased", "lowercased",
                    "reversed", "first", "last", "append", "replacingOccurrences", "components"]
        case .dict: return ["count", "isEmpty", "keys", "values", "removeValue", "updateValue", "mapValues", "filter", "sorted"]
        case .set: return ["count", "isEmpty", "insert", "contains", "remove", "union", "intersection", "subtracting", "sorted"]
        case .double: return ["rounded", "isNaN", "isInfinite", "isFinite", "squareRoot", "magnitude", "description"]
        case .int: return ["isMultiple", "magnitude", "description", "signum"]
        case let .enumCase(e): return ["rawValue"] + Array(e.type.methods.keys) + Array(e.type.computed.keys)
        default: return []
        }
    }
}
