extension Runtime {
    /// Calls a method-like function with `receiver` as `self`.
    public func call(_ callee: Value, _ args: [Value], receiver: Value) throws -> Value {
        guard case let .function(f) = callee else { return try call(callee, args) }
        let labels: [String?] = Array(repeating: nil, count: args.count)
        let base = try reserve(args.count + 1)
        base[0] = receiver
        for (i, a) in args.enumerated() { base[1 + i] = a }
        defer { release(base, args.count + 1) }
        return try callFunction(f, base: base, argCount: args.count, labels: labels,
                                labelSignature: labelSignatures.id(labels), hasReceiver: true)
    }

    /// Calls a struct's mutating method (a `set` accessor) on the value in a place: `self` is moved
    /// into the callee's frame and what the method left there is put back.
    func callMutating(_ f: Function, _ args: [Value], receiver: inout Value) throws {
        let labels: [String?] = Array(repeating: nil, count: args.count)
        let base = try reserve(args.count + 1)
        base[0] = receiver
        receiver = .null
        for (i, a) in args.enumerated() { base[1 + i] = a }
        defer {
            receiver = base[0]
            release(base, args.count + 1)
        }
        _ = try callFunction(f, base: base, argCount: args.count, labels: labels,
                             labelSignature: labelSignatures.id(labels), hasReceiver: true)
    }

    /// `T(args)`: instances of script classes and structs (an `init`, or the memberwise
    /// initializer of a struct), enum cases from raw values, builtin and native constructors.
    func construct(_ t: TypeValue, base: Frame, argCount: Int, labels: [String?], labelSignature: Int) throws -> Value {
        switch t.kind {
        case .classType, .structType:
            // Property initializers run here, outside `invoke`: `struct P { var p = P() }` recurses
            // through this path alone, so it counts toward the call depth too.
            depth += 1
            defer { depth -= 1 }
            if depth > Runtime.maxCallDepth {
                throw RuntimeError(.stackOverflow, "recursion deeper than \(Runtime.maxCallDepth) calls (constructing \(t.name))")
            }
            try checkInterrupt()
            let inst = try makeInstance(t)
            if let initializer = findInitializer(t, labels: labels, argCount: argCount, args: base) {
                // (`store`: slot 0 holds no reference here, so no outlined destroy of the old value.)
                Runtime.store(base, .instance(inst))
                let r = try callFunction(initializer, base: base, argCount: argCount, labels: labels,
                                         labelSignature: labelSignature, hasReceiver: true)
                if case .null = r { return .null }  // a failable `init?` that returned nil
                // Moved out of the frame, which the caller releases (a copy was a retain and a release).
                var made = Value.null
                swap(&made, &base[0])
                return made
            }
            if t.kind == .structType && hasNoInitializers(t) {
                // Memberwise initializer: labels are field names, fields with initial values optional.
                var ai = 0
                let fields = t.fields
                for fi in fields.indices {
                    let name = fields[fi].name
                    if ai < argCount && labels[ai] == name {
                        inst.fields[fi] = try coerce(base[1 + ai], fields[fi].coercion, what: "property '\(name)'")
                        ai += 1
                    } else if fields[fi].initializer == nil && !fields[fi].isOptional {
                        throw RuntimeError.typeMismatch("missing argument for parameter '\(name)' in call to \(t.name)(...)")
                    }
                }
                if ai < argCount { throw RuntimeError.typeMismatch("extra argument '\(labels[ai] ?? "_")' in call to \(t.name)(...)") }
                return .instance(inst)
            }
            if argCount == 0 && hasNoInitializers(t) { return .instance(inst) }
            throw RuntimeError.typeMismatch("no initializer of '\(t.name)' takes arguments (\(labels.map { ($0 ?? "_") + ":" }.joined()))")
        case .enumType:
            if argCount == 1, labels[0] == "rawValue" {
                let raw = base[1]
                if let i = t.cases.firstIndex(where: { $0.rawValue?.isEqual(to: raw) ?? false }) {
                    return .enumCase(EnumCaseValue(type: t, caseIndex: i))
                }
                return .null
            }
            // `init(kelvin:) { self = .celsius(kelvin - 273.15) }`
            if let initializer = findInitializer(t, labels: labels, argCount: argCount, args: base) {
                base[0] = .null
                let r = try callFunction(initializer, base: base, argCount: argCount, labels: labels,
                                         labelSignature: labelSignature, hasReceiver: true)
                if case .null = r { return .null }  // a failable `init?` that returned nil
                return base[0]
            }
            throw RuntimeError.typeMismatch("enum '\(t.name)' can only be built with '\(t.name)(rawValue:)' or one of its initializers")
        case .builtin, .native:
            guard let c = t.constructor else { throw RuntimeError.typeMismatch("'\(t.name)' cannot be constructed") }
            return try callFunction(c, base: base, argCount: argCount, labels: labels, labelSignature: labelSignature)
        case .protocolType:
            throw RuntimeError.typeMismatch("'\(t.name)' is a protocol; it cannot be constructed")
        }
    }

    /// A new instance with every stored property set to its initial value.
    func makeInstance(_ t: TypeValue) throws -> Instance {
        let inst = Instance(type: t)
        // Initialisers that need no frame of their own (`Compiler.initializer`) run on one reserved
        // slot: nothing writes above `sp` without reserving.
        let scratch = try reserve(1)
        defer { release(scratch, 1) }
        // Read in place: copying each `FieldInfo` out of the array (name, initializer, coercion, type)
        // retained and released all of them, per field and instance (callgrind, the Scalar program).
        try t.fields.withUnsafeBufferPointer { fields in
            for i in fields.indices {
                if let c = fields[i].initializer?.constant { Runtime.store(inst.fields + i, c); continue }
                guard let run = fields[i].initializer?.run else { continue }
                let v = try run(scratch)
                // (`()` is a `lazy var`'s placeholder until its first read, which converts the value.)
                // (`store`: a new instance's fields hold `.null`, nothing to destroy.)
                if case .void = v { Runtime.store(inst.fields + i, v); continue }
                if fields[i].coercion.isNone { Runtime.store(inst.fields + i, v); continue }
                Runtime.store(inst.fields + i, try coerce(v, fields[i].coercion, what: "property '\(fields[i].name)'"))
            }
        }
        return inst
    }

    func hasNoInitializers(_ t: TypeValue) -> Bool {
        var c: TypeValue? = t
        while let x = c { if !x.initializers.isEmpty { return false }; c = x.superclass }
        return true
    }

    func findInitializer(_ t: TypeValue, labels: [String?], argCount: Int, args: Frame? = nil) -> Function? {
        var c: TypeValue? = t
        while let x = c {
            if !x.initializers.isEmpty {
                if x.initializers.count == 1 { return x.initializers[0] }
                return OverloadSet(name: "init", members: x.initializers).select(labels: labels, argCount: argCount, args: args, runtime: self)
            }
            c = x.superclass
        }
        return nil
    }
}


