/// `super.name` for properties: a stored property is the instance's own field; a computed one is the
/// superclass's getter and setter called on `self`.
extension Compiler {
    /// `super.name` read; methods come back bound to `self`.
    func compileSuperGet(_ name: String) throws -> Eval {
        let rt = self.rt
        let (superclass, selfEval) = try superContext()
        return { f in
            let sup = try superclass()
            let me = try selfEval(f)
            if let p = sup.computedProperty(name) { return try rt.call(.function(p.getter), [], receiver: me) }
            if let m = sup.method(name) { return .function(BoundMethod(receiver: me, method: m)) }
            if let i = sup.fieldIndex[name], case let .instance(inst) = me { return inst.fields[i] }
            throw RuntimeError.typeMismatch("superclass '\(sup.name)' has no member '\(name)'")
        }
    }

    /// `super.name = v` (and `super.name += v`).
    func compileSuperPlace(_ name: String) throws -> Place {
        let rt = self.rt
        let (superclass, selfEval) = try superContext()
        let read = try compileSuperGet(name)
        let assign: (Frame, Value) throws -> Void = { f, v in
            let sup = try superclass()
            let me = try selfEval(f)
            if let p = sup.computedProperty(name) {
                guard let setter = p.setter else {
                    throw RuntimeError(.immutableAssignment, "cannot assign to property: '\(name)' is a get-only property")
                }
                _ = try rt.call(.function(setter), [v], receiver: me)
                return
            }
            guard case let .instance(inst) = me, let i = sup.fieldIndex[name] else {
                throw RuntimeError.typeMismatch("superclass '\(sup.name)' has no member '\(name)'")
            }
            inst.fields[i] = try rt.coerce(v, inst.type.fields[i].coercion, what: "property '\(name)'")
        }
        return Place(read: read, modify: { f, body in
            var v = try read(f)
            try body(&v)
            try assign(f, v)
        }, assign: assign)
    }

    /// The superclass of the enclosing method's class (looked up when the code runs) and `self`.
    private func superContext() throws -> (() throws -> TypeValue, Eval) {
        guard let info = selfTypeInScope() else { throw error("'super' is only available in a class's methods") }
        let typeCell = rt.globalCell(info.name)
        let selfEval = try compileName("self")
        return ({
            guard case let .type(t) = typeCell.value, let sup = t.superclass else {
                throw RuntimeError.typeMismatch("'\(info.name)' has no superclass")
            }
            return sup
        }, selfEval)
    }
}
