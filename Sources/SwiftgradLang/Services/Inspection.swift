import MimeBundle

/// Inspection for the kernel (and `help(x)`): the signature and documentation of builtins and
/// user functions and types, and the type and value of user variables.
struct Inspection {
    let runtime: Runtime

    func inspect(_ code: String, cursor: Int, detailLevel: Int) -> MimeBundle? {
        let scalars = Array(code.unicodeScalars)
        var end = max(0, min(cursor, scalars.count))
        var start = end
        while start > 0 && (Completer.isIdentifierScalar(scalars[start - 1]) || scalars[start - 1] == ".") { start -= 1 }
        while end < scalars.count && Completer.isIdentifierScalar(scalars[end]) { end += 1 }
        // Inside a call's parentheses with nothing at the cursor: the function being called.
        if start == end {
            var i = start - 1
            while i >= 0 && scalars[i] != "(" { i -= 1 }
            if i > 0 {
                end = i
                start = i
                while start > 0 && (Completer.isIdentifierScalar(scalars[start - 1]) || scalars[start - 1] == ".") { start -= 1 }
            }
        }
        let path = String(String.UnicodeScalarView(scalars[start..<end])).split(separator: ".").map(String.init)
        guard let first = path.first, let cell = runtime.globals[first], cell.isDefined else { return nil }
        var v = cell.value
        for p in path.dropFirst() {
            guard let next = try? Members.get(v, p, runtime) else { return nil }
            v = next
        }
        let text = Inspection.describe(v, name: path.joined(separator: "."))
        return MimeBundle(plain: text)
    }

    /// A human description: signature and doc for functions and types, `name: Type = value` otherwise.
    static func describe(_ v: Value, name: String?) -> String {
        switch v {
        case let .function(f):
            return f.signature + (f.doc.isEmpty ? "" : "\n\n" + f.doc)
        case let .type(t):
            var lines = [kindWord(t) + " " + t.name]
            if let d = t.userDoc, !d.isEmpty { lines.append(""); lines.append(d) }
            if let c = t.constructor { lines.append(""); lines.append("Initializer: " + c.signature) }
            if !t.fieldNames.isEmpty { lines.append("Properties: " + t.fieldNames.joined(separator: ", ")) }
            if !t.methods.isEmpty { lines.append("Methods: " + t.methods.keys.sorted().joined(separator: ", ")) }
            if !t.cases.isEmpty && t.kind == .enumType { lines.append("Cases: " + t.cases.map(\.name).joined(separator: ", ")) }
            if !t.staticMembers.isEmpty { lines.append("Static members: " + t.staticMembers.keys.sorted().joined(separator: ", ")) }
            return lines.joined(separator: "\n")
        case let .native(n):
            var lines = [(name.map { "\($0): " } ?? "") + n.type.name + " = " + v.description]
            if !n.type.doc.isEmpty { lines.append(""); lines.append(n.type.doc) }
            if !n.type.properties.isEmpty { lines.append("Properties: " + n.type.properties.keys.sorted().joined(separator: ", ")) }
            if !n.type.methods.isEmpty { lines.append("Methods: " + n.type.methods.keys.sorted().joined(separator: ", ")) }
            return lines.joined(separator: "\n")
        default:
            let text = (try? v.describe(debug: true)) ?? "?"
            return (name.map { "\($0): " } ?? "") + v.typeName + " = " + text
        }
    }

    static func kindWord(_ t: TypeValue) -> String {
        switch t.kind {
        case .classType: return "class"
        case .structType: return "struct"
        case .enumType: return "enum"
        case .builtin: return "struct"
        case .native: return "class"
        case .protocolType: return "protocol"
        }
    }
}
