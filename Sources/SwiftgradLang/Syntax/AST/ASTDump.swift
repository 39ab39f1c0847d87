/// A compact S-expression rendering of the tree, for tests and debugging:
/// `(+ 1 (* 2 3))`, `(call print (arg "a"))`, `(let x: Double = 2)`.
public enum ASTDump {
    public static func render(_ statements: [Stmt]) -> String {
        statements.map { render($0) }.joined(separator: "\n")
    }

    static func block(_ statements: [Stmt]) -> String {
        "{" + statements.map { render($0) }.joined(separator: "; ") + "}"
    }

    public static func render(_ stmt: Stmt) -> String {
        switch stmt.kind {
        case let .expression(e): return render(e)
        case let .variable(v): return render(v)
        case let .function(f): return render(f, keyword: "func")
        case let .initializer(f): return render(f, keyword: "init")
        case let .subscriptDecl(f): return render(f, keyword: "subscript")
        case let .deinitializer(body): return "(deinit \(block(body)))"
        case let .typeDecl(t):
            let inherits = t.inherited.isEmpty ? "" : ": " + t.inherited.map(\.text).joined(separator: ", ")
            let mods = t.modifiers.isEmpty ? "" : t.modifiers.map(\.rawValue).sorted().joined(separator: " ") + " "
            return "(\(mods)\(t.kind.rawValue) \(t.name)\(inherits) \(block(t.members)))"
        case let .enumCase(elements):
            return "(case " + elements.map { e in
                var s = e.name
                if let a = e.associatedValues {
                    s += "(" + a.map { ($0.label.map { $0 + ": " } ?? "") + $0.type.text }.joined(separator: ", ") + ")"
                }
                if let r = e.rawValue { s += " = " + render(r) }
                return s
            }.joined(separator: ", ") + ")"
        case let .typeAlias(name, type): return "(typealias \(name) = \(type.text))"
        case let .operatorDecl(fixity, name, group):
            return "(\(fixity.rawValue) operator \(name)\(group.map { " : " + $0 } ?? ""))"
        case let .precedenceGroupDecl(name): return "(precedencegroup \(name))"
        case let .importDecl(path): return "(import \(path))"
        case let .ifStmt(conditions, then, elseBody):
            return "(if \(render(conditions)) \(block(then))\(elseBody.map { " else " + block($0) } ?? ""))"
        case let .guardStmt(conditions, elseBody): return "(guard \(render(conditions)) else \(block(elseBody)))"
        case let .whileStmt(conditions, body, label):
            return "(\(labelPrefix(label))while \(render(conditions)) \(block(body)))"
        case let .repeatWhile(body, condition, label):
            return "(\(labelPrefix(label))repeat \(block(body)) while \(render(condition)))"
        case let .forIn(pattern, sequence, whereClause, body, label):
            return "(\(labelPrefix(label))for \(render(pattern)) in \(render(sequence))"
                + (whereClause.map { " where " + render($0) } ?? "") + " \(block(body)))"
        case let .switchStmt(subject, cases, label):
            return "(\(labelPrefix(label))switch \(render(subject)) " + cases.map { c in
                c.isDefault ? "(default \(block(c.body)))"
                    : "(case " + c.patterns.map { item in
                        render(item.pattern) + (item.whereClause.map { " where " + render($0) } ?? "")
                    }.joined(separator: ", ") + " \(block(c.body)))"
            }.joined(separator: " ") + ")"
        case let .doStmt(body, catches, label):
            return "(\(labelPrefix(label))do \(block(body))" + catches.map { c in
                " catch" + (c.pattern.map { " " + render($0) } ?? "") + " " + block(c.body)
            }.joined() + ")"
        case let .breakStmt(label): return "(break\(label.map { " " + $0 } ?? ""))"
        case let .continueStmt(label): return "(continue\(label.map { " " + $0 } ?? ""))"
        case .fallthroughStmt: return "(fallthrough)"
        case let .returnStmt(e): return "(return\(e.map { " " + render($0) } ?? ""))"
        case let .throwStmt(e): return "(throw \(render(e)))"
        case let .deferStmt(body): return "(defer \(block(body)))"
        }
    }

    static func labelPrefix(_ label: String?) -> String { label.map { $0 + ": " } ?? "" }

    static func render(_ conditions: [Condition]) -> String {
        conditions.map { c in
            switch c {
            case let .expression(e): return render(e)
            case let .optionalBinding(pattern, type, value, isVar):
                return "(\(isVar ? "var" : "let") \(render(pattern))\(type.map { ": " + $0.text } ?? "") = \(render(value)))"
            case let .casePattern(p, value): return "(case \(render(p)) = \(render(value)))"
            }
        }.joined(separator: ", ")
    }

    static func render(_ v: VarDecl) -> String {
        let mods = v.modifiers.isEmpty ? "" : v.modifiers.map(\.rawValue).sorted().joined(separator: " ") + " "
        return "(\(mods)\(v.isLet ? "let" : "var") " + v.bindings.map { b in
            var s = render(b.pattern)
            if let t = b.type { s += ": " + t.text }
            if let i = b.initializer { s += " = " + render(i) }
            if let a = b.accessors {
                var parts: [String] = []
                if let g = a.getter { parts.append("get " + block(g)) }
                if let st = a.setter { parts.append("set(\(st.parameterName)) " + block(st.body)) }
                if let w = a.willSet { parts.append("willSet(\(w.parameterName)) " + block(w.body)) }
                if let d = a.didSet { parts.append("didSet(\(d.parameterName)) " + block(d.body)) }
                s += " {" + parts.joined(separator: " ") + "}"
            }
            return s
        }.joined(separator: ", ") + ")"
    }

    static func render(_ f: FuncDecl, keyword: String) -> String {
        let mods = f.modifiers.isEmpty ? "" : f.modifiers.map(\.rawValue).sorted().joined(separator: " ") + " "
        let name = keyword == "func" ? " " + f.name : (f.isFailable ? "?" : "")
        let params = f.parameters.map(render).joined(separator: ", ")
        var s = "(\(mods)\(keyword)\(name)(\(params))"
        if let r = f.returnType { s += " -> " + r.text }
        if let body = f.body { s += " " + block(body) }
        if let a = f.accessors {
            s += " {" + [a.getter.map { "get " + block($0) }, a.setter.map { "set " + block($0.body) }]
                .compactMap { $0 }.joined(separator: " ") + "}"
        }
        return s + ")"
    }

    static func render(_ p: FuncParam) -> String {
        var s = (p.label ?? "_") + (p.label == p.name ? "" : " " + p.name)
        if let t = p.type { s += ": " + (p.isInout ? "inout " : "") + t.text + (p.isVariadic ? "..." : "") }
        if let d = p.defaultValue { s += " = " + render(d) }
        return s
    }

    public static func render(_ p: Pattern) -> String {
        switch p {
        case .wildcard: return "_"
        case let .binding(name, isVar, _): return isVar ? "var " + name : name
        case let .tuple(ps): return "(" + ps.map(render).joined(separator: ", ") + ")"
        case let .typed(p, t): return render(p) + ": " + t.text
        case let .expression(e): return "~" + render(e)
        case let .enumCase(typeName, name, subs, labels):
            var s = (typeName ?? "") + "." + name
            if let subs {
                s += "(" + zip(labels, subs).map { ($0.0.map { $0 + ": " } ?? "") + render($0.1) }
                    .joined(separator: ", ") + ")"
            }
            return s
        case let .optionalSome(p): return render(p) + "?"
        case let .isType(t): return "is " + t.text
        case let .cast(p, t): return render(p) + " as " + t.text
        }
    }

    public static func render(_ e: Expr) -> String {
        switch e.kind {
        case let .intLiteral(v): return String(v)
        case let .doubleLiteral(v): return String(v)
        case let .boolLiteral(v): return String(v)
        case let .stringLiteral(s): return quote(s)
        case let .interpolatedString(segments):
            return "(str " + segments.map { seg in
                switch seg {
                case let .text(t): return quote(t)
                case let .interpolation(e): return render(e)
                }
            }.joined(separator: " ") + ")"
        case .nilLiteral: return "nil"
        case let .arrayLiteral(items): return "[" + items.map(render).joined(separator: ", ") + "]"
        case let .dictionaryLiteral(entries):
            return entries.isEmpty ? "[:]" : "[" + entries.map { render($0.key) + ": " + render($0.value) }
                .joined(separator: ", ") + "]"
        case let .identifier(name): return name
        case .superRef: return "super"
        case let .shorthandArgument(n): return "$\(n)"
        case let .implicitMember(name): return "." + name
        case let .typeReference(t): return "(type \(t.text))"
        case let .operatorReference(op): return "(op \(op.text))"
        case let .keyPath(root, components): return "\\" + (root ?? "") + "." + components.joined(separator: ".")
        case .discard: return "_"
        case let .prefix(op, operand): return "(\(op.text)prefix \(render(operand)))"
        case let .postfix(op, operand): return "(postfix\(op.text) \(render(operand)))"
        case let .binary(op, lhs, rhs): return "(\(op.text) \(render(lhs)) \(render(rhs)))"
        case let .oneSidedRange(op, bound, isPrefix):
            return isPrefix ? "(\(op.text)\(render(bound)))" : "(\(render(bound))\(op.text))"
        case let .assign(op, target, value): return "(\(op?.text ?? "")= \(render(target)) \(render(value)))"
        case let .ternary(c, t, f): return "(? \(render(c)) \(render(t)) \(render(f)))"
        case let .cast(kind, e, t): return "(\(kind.rawValue) \(render(e)) \(t.text))"
        case let .forceUnwrap(e): return "(! \(render(e)))"
        case let .bindOptional(e): return "(bind \(render(e)))"
        case let .optionalChain(e): return "(chain \(render(e)))"
        case let .tryExpr(kind, e): return "(\(kind.rawValue) \(render(e)))"
        case let .member(base, name): return "(. \(render(base)) \(name))"
        case let .tupleElement(base, index): return "(. \(render(base)) \(index))"
        case let .call(callee, arguments): return "(call \(render(callee))\(render(arguments)))"
        case let .subscriptAccess(base, arguments): return "(sub \(render(base))\(render(arguments)))"
        case let .tuple(elements):
            return "(tuple" + elements.map { " " + ($0.label.map { $0 + ": " } ?? "") + render($0.value) }.joined() + ")"
        case let .closure(c):
            var s = "(closure"
            if !c.captureList.isEmpty { s += " [" + c.captureList.joined(separator: ", ") + "]" }
            if let ps = c.parameters { s += " (" + ps.map(render).joined(separator: ", ") + ")" }
            if let r = c.returnType { s += " -> " + r.text }
            if c.shorthandParameterCount > 0 { s += " $\(c.shorthandParameterCount)" }
            return s + " " + block(c.body) + ")"
        }
    }

    static func render(_ arguments: [CallArgument]) -> String {
        arguments.map { a in
            " " + (a.isTrailingClosure ? "trailing:" : "") + (a.label.map { $0 + ": " } ?? "")
                + (a.isInout ? "&" : "") + render(a.value)
        }.joined()
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for ch in s {
            switch ch {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.append(ch)
            }
        }
        return out + "\""
    }
}
