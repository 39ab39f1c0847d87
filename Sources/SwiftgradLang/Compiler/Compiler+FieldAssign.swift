/// Assignments to a stored property of a class instance held in a local (`self.value = value`,
/// `out._backward = { ... }`, `lhs.grad += out.grad` in every `_backward` closure), issue 14.
///
/// The instance stays in its frame slot while the field is written (no retain and release of it),
/// and the field's index is cached for the type seen last. `+=`, `-=` and `*=` on two Doubles are
/// computed in place (as `total += x` on a local is). Anything else — a struct, a `let`, an
/// observed or computed property, another kind of value — takes the general place. Callgrind, the
/// Scalar program: the member place (its base evaluated and copied, a modify closure with a body
/// closure) was about 300 instructions per assignment.
extension Compiler {
    /// `otherwise` stores an evaluated value through the general place (`placeStore`).
    func compileFieldAssign(_ op: Operator?, _ target: Expr, _ ve: @escaping Eval,
                            otherwise: @escaping (Frame, Value) throws -> Void) throws -> Eval? {
        guard case let .member(baseExpr, name) = target.kind, case let .slot(slot)? = simpleOperand(baseExpr) else { return nil }
        // (`init` stores an observed property of its own type without observers: the general place.)
        if case .identifier("self") = baseExpr.kind, fn.name == "init", let t = selfTypeInScope(), t.observed.contains(name) { return nil }
        let numeric: ((Double, Double) -> Double)?
        switch op {
        case nil: numeric = nil
        case .plus?: numeric = { $0 + $1 }
        case .minus?: numeric = { $0 - $1 }
        case .multiply?: numeric = { $0 * $1 }
        default: return nil
        }
        let cache = MemberCache()
        let rt = self.rt
        if let numeric {
            return { f in
                let r = try ve(f)
                if case let .double(b) = r, let u = f[slot].unmanagedInstance {
                    let done = u._withUnsafeGuaranteedRef { inst -> Bool in
                        guard let i = Compiler.writableField(inst, name, cache), cache.fieldCoercion.isNone || cache.fieldCoercion == .double,
                              case let .double(a) = inst.fields[i] else { return false }
                        inst.fields[i] = .double(numeric(a, b))
                        return true
                    }
                    if done { return .void }
                }
                try otherwise(f, r)
                return .void
            }
        }
        return { f in
            var v = try ve(f)
            if let u = f[slot].unmanagedInstance {
                let done = try u._withUnsafeGuaranteedRef { inst -> Bool in
                    guard let i = Compiler.writableField(inst, name, cache) else { return false }
                    let c = cache.fieldCoercion
                    // The value moves into the field and the old one out, released with `v` (a copy
                    // in and the destroy of `v` were a retain and a release: `self.children =
                    // children`, `out._backward = { ... }` for every node of a graph).
                    if c.isNone { swap(&inst.fields[i], &v) } else { inst.fields[i] = try rt.coerce(v, c, what: "property '\(name)'") }
                    return true
                }
                if done { return .void }
            }
            try otherwise(f, v)
            return .void
        }
    }

    /// The index of class instance `inst`'s stored `var` `name`, through the call site's cache.
    @inline(__always) static func writableField(_ inst: Instance, _ name: String, _ cache: MemberCache) -> Int? {
        if inst.type !== cache.type { cache.fill(inst.type, field: name) }
        guard cache.fieldIndex >= 0, !cache.fieldIsLet, !inst.isStruct else { return nil }
        return cache.fieldIndex
    }
}
