/// Builds (or, for an `extension`, extends) a type when its declaration runs, from the compiled
/// members: fields after the superclass's, enum cases and raw values, conformances, nested types,
/// properties, methods and initializers; a new type is then defined, and its static properties
/// evaluated last (one may be an instance of the type: `static let zero = Vec(0, 0)`).
struct TypeBuilder {
    let header: TypeHeader
    let doc: String?
    let members: TypeMembers
    let enumRaw: (rawType: String?, values: [Value])
    let rt: Runtime
    let superCell: GlobalCell?
    let conformances: [GlobalCell]
    let typeCell: GlobalCell

    func build(_ f: Frame) throws {
        for n in members.nestedTypes { _ = try n(f) }
        let t = header.isExtension ? try extendedType() : newType()
        Compiler.addConformances(conformances, to: t)
        // `Card.Suit`: a nested type is also a member of its outer type.
        for n in members.nestedNames { if let g = rt.globals[n], g.isDefined, case .type = g.value { t.staticMembers[n] = g.value } }
        try addProperties(to: t, f)
        try addFunctions(to: t, f)
        if !header.isExtension { rt.defineType(t) }
        for s in members.statics { t.staticVars[s.name] = Box(try s.initial?(f) ?? .null) }
    }

    private func extendedType() throws -> TypeValue {
        guard typeCell.isDefined, case let .type(existing) = typeCell.value else { throw RuntimeError.undefined(header.name) }
        return existing
    }

    private func newType() -> TypeValue {
        let t = TypeValue(name: header.name, kind: header.kind)
        t.userDoc = doc
        if let superCell, case let .type(s) = superCell.value {
            t.superclass = s
            t.fields = s.fields
            t.fieldIndex = s.fieldIndex
        }
        let initFrameSize = members.initFrameSize, rt = self.rt
        for spec in members.fields {
            // (A literal's value that does not convert to the field's kind leaves the error to `run`.)
            let constant = spec.constant.flatMap { try? rt.coerce($0, spec.coercion, what: spec.name) }
            let initializer = spec.initial.map { ev in FieldInitializer(run: Compiler.initializer(ev, initFrameSize, rt), constant: constant) }
            if let i = t.fieldIndex[spec.key] {   // a subclass's new initial value for an inherited field
                t.fields[i].initializer = initializer
                continue
            }
            t.fieldIndex[spec.key] = t.fields.count
            t.fields.append(FieldInfo(name: spec.name, initializer: initializer, coercion: spec.coercion, isLet: spec.isLet,
                                      isOptional: spec.optional, type: spec.type))
        }
        t.cases = zip(members.cases, enumRaw.values).map { c, raw in
            EnumCaseInfo(name: c.name, rawValue: raw, payloadLabels: (c.associatedValues ?? []).map { $0.label },
                         payloadTypes: (c.associatedValues ?? []).map { $0.type.name })
        }
        t.rawType = enumRaw.rawType
        return t
    }

    /// Observed and lazy properties, computed properties and subscripts.
    private func addProperties(to t: TypeValue, _ f: Frame) throws {
        for o in members.observed { t.computed[o.name] = try o.observers.property(t, key: o.key, f, rt) }
        for l in members.lazies { t.computed[l.name] = try LazyProperty.property(t, name: l.name, key: l.key, initializer: l.initializer, f, rt) }
        for c in members.staticComputed {
            guard let property = try computedProperty(c, f) else { continue }
            t.staticComputed[c.name] = property
        }
        for c in members.computed {
            guard let property = try computedProperty(c, f) else { continue }
            t.computed[c.name] = property
            // A computed override of an inherited stored property hides the field (`super.n` reads it).
            if !header.isExtension, let i = t.fieldIndex[c.name] {
                t.fieldIndex[c.name] = nil
                t.fieldIndex[PropertyObservers.hiddenKey(c.name)] = i
            }
        }
    }

    private func computedProperty(_ c: TypeMembers.Computed, _ f: Frame) throws -> ComputedProperty? {
        guard let getter = try c.getter.make(f) else { return nil }
        return ComputedProperty(getter: getter, setter: try c.setter?.make(f))
    }

    /// Methods (an overload set where labels or types differ) and initializers.
    private func addFunctions(to t: TypeValue, _ f: Frame) throws {
        for m in members.methods {
            guard let function = try m.function.make(f) else { continue }
            if m.isStatic { t.staticMethods[m.name] = Compiler.adding(function, to: t.staticMethods[m.name]) }
            else { t.methods[m.name] = Compiler.adding(function, to: t.methods[m.name]) }
        }
        for i in members.initializers {
            guard let m = try i.make(f) else { continue }
            t.initializers.removeAll { Runtime.sameLabels($0, m) && Runtime.sameTypes($0, m) }
            t.initializers.append(m)
        }
    }
}
