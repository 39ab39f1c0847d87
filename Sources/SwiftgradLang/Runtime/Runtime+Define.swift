extension Runtime {
    /// Defines a global native function; a second definition with other labels makes an overload set.
    public func defineFunction(_ name: String, labels: [String?]?, signature: String? = nil, doc: String = "",
                               unary: ((Value) throws -> Value)? = nil, _ body: @escaping (Arguments) throws -> Value) {
        let f = NativeFunction(name: name, labels: labels, signature: signature, doc: doc,
                               unary: labels?.count == 1 && labels?[0] == nil ? unary : nil, body)
        defineOverloadable(name, f)
    }

    /// Defines a native function taking the labels its signature shows.
    public func defineFunction(_ name: String, signature: String, doc: String = "", _ body: @escaping (Arguments) throws -> Value) {
        defineOverloadable(name, NativeFunction(name: name, signature: signature, doc: doc, body))
    }

    /// Defines `f` under `name`, joining an existing function of that name with different labels
    /// (a later definition with the same labels replaces the earlier one).
    func defineOverloadable(_ name: String, _ f: Function) {
        let cell = globalCell(name)
        if cell.isDefined, case let .function(old) = cell.value {
            var members = old.kind == .overloads ? unsafeDowncast(old, to: OverloadSet.self).members : [old]
            members.removeAll { Runtime.sameLabels($0, f) && Runtime.sameTypes($0, f) }
            if !members.isEmpty {
                members.append(f)
                cell.value = .function(OverloadSet(name: name, members: members))
                return
            }
        }
        cell.value = .function(f)
        cell.isDefined = true
        cell.isLet = false
    }

    static func labelsOf(_ f: Function) -> [String?]? {
        switch f.kind {
        case .script: return unsafeDowncast(f, to: ScriptFunction.self).proto.params.map { $0.label }
        case .native: return unsafeDowncast(f, to: NativeFunction.self).labels
        default: return nil
        }
    }

    static func sameLabels(_ a: Function, _ b: Function) -> Bool {
        let la = labelsOf(a), lb = labelsOf(b)
        return la == lb
    }

    /// Defines a builtin or native type under its name.
    func defineType(_ t: TypeValue) { defineGlobal(t.name, .type(t), isLet: true) }
}

extension Runtime {
    /// Tells a native object the name it was just bound to (see `NativeType.adoptBindingName`).
    @inline(__always) static func announceBinding(_ v: Value, _ name: String) {
        if case let .native(n) = v, let hook = n.type.adoptBindingName { hook(n, name) }
    }
}
