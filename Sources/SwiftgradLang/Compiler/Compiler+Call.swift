/// Builtin methods a call site runs directly when the receiver is of the right kind
/// (`seen.contains(x)`, `topo.append(v)`, `seen.insert(x)`); other receivers take the general path.
enum HotBuiltin {
    case none, contains, append, insert

    init(_ name: String, _ args: [CallArgument]) {
        guard args.count == 1, args[0].label == nil, !args[0].isInout, !args[0].isTrailingClosure else {
            self = .none
            return
        }
        switch name {
        case "contains": self = .contains
        case "append": self = .append
        case "insert": self = .insert
        default: self = .none
        }
    }

    static let insertResultLabels: [String?] = ["inserted", "memberAfterInsert"]
}

/// Per-call-site cache of a member lookup on script instances (the type seen last and what the
/// name meant for it).
final class MemberCache {
    /// Strong on purpose: a type declared in a loop or function body is a new `TypeValue` on every
    /// run; an unowned(unsafe) reference dangled once the old one was freed (and a new type at the
    /// same address would even have matched).
    var type: TypeValue?
    /// The type's `epoch` when this was filled (an extension may add methods to a seen type).
    var epoch = -1
    var fieldIndex = -1
    /// For assignments: whether the cached field is a `let`, and how a stored value converts.
    var fieldIsLet = false
    var fieldCoercion = Coercion.none
    var method: Function?
    var computed: ComputedProperty?
    /// A native type's property last read or written here (`p.data` in a training loop), so the
    /// access skips the lookup by name (a String hash per access). Native types' members are fixed
    /// once the type is registered.
    var nativeType: NativeType?
    var nativeProperty: NativeProperty?

    /// The property `name` of native object `n`, cached for its type.
    @inline(__always)
    func nativeProperty(of n: NativeObject, _ name: String) -> NativeProperty? {
        if n.type === nativeType { return nativeProperty }
        guard let p = n.type.properties[name] else { return nil }
        nativeType = n.type
        nativeProperty = p
        return p
    }
}

extension Compiler {
    /// Argument labels as the runtime sees them (a trailing closure without a label matches any).
    func callLabels(_ args: [CallArgument]) -> [String?] {
        args.map { $0.isTrailingClosure && $0.label == nil ? trailingClosureLabel : $0.label }
    }

    /// Arguments, each compiled in the context of its parameter's type where that is known.
    func compileArgs(_ args: [CallArgument], types: [TypeRef?] = []) throws -> [CompiledExpr] {
        try args.enumerated().map { i, a in
            CompiledExpr(run: try compileExpr(a.value, expecting: i < types.count ? types[i] : nil))
        }
    }

    /// Stores what a call left in its `&x` arguments' slots back into their places.
    static func writeBack(_ inouts: [(Int, Place)], _ base: Frame, _ f: Frame) throws {
        for (ai, place) in inouts {
            var v = base[1 + ai]
            if case let .box(b) = v { v = b.value }
            try place.assign(f, v)
        }
    }

    /// Places of `&x` arguments, by argument index.
    func inoutPlaces(_ args: [CallArgument]) throws -> [(Int, Place)] {
        var out: [(Int, Place)] = []
        for (i, a) in args.enumerated() where a.isInout { out.append((i, try compilePlace(a.value))) }
        return out
    }

    func compileCall(_ callee: Expr, _ args: [CallArgument]) throws -> Eval {
        let discarded = callResultDiscarded
        callResultDiscarded = false
        switch callee.kind {
        case let .member(base, name):
            if case .superRef = base.kind { return try compileSuperCall(name, args) }
            if name == "init", case .identifier("self") = base.kind { return try compileSelfInit(args) }
            if let global = moduleQualifiedName(base, name) { return try compileValueCall(try compileGlobalName(global), args) }
            if let optionalMap = try compileOptionalMap(base, name, args) { return optionalMap }
            return try compileMethodCall(base, name, args, resultDiscarded: discarded)
        case let .identifier(name):
            if name == "swap", let swap = try compileSwap(callee, args) { return swap }
            // `String(describing: x)` spells out an optional, as `print` does.
            if name == "String", args.count == 1, args[0].label == "describing", case .global = resolve(name),
               let text = try compileOptionalText(args[0].value) { return text }
            if case .selfMember = resolve(name) {
                return try compileMethodCall(Expr(.identifier("self"), at: callee.location), name, args,
                                             resultDiscarded: discarded)
            }
        case let .implicitMember(name):
            let evs = try compileArgs(args)
            let index = rt.implicitMembers.caseIndex(name), members = rt.implicitMembers
            return { f in members.value(caseIndex: index, payload: try evs.map { try $0.run(f) }) }
        default: break
        }
        // `[Double](repeating: 0, count: 3)`, `Matrix(repeating: [0], count: 2)`: the collection type converts
        // what the call builds (`[0.0, 0.0, 0.0]`).
        if let t = constructedCollectionType(callee) {
            let c = Coercion(type: t)
            if c != .none {
                let rt = self.rt, call = try compileValueCall(try compileExpr(callee), args)
                return { f in try rt.coerce(try call(f), c, what: "value") }
            }
        }
        var args = args
        if case let .identifier(name) = callee.kind, let indices = rt.autoclosureParameters[name], case .global = resolve(name) {
            for i in indices where i < args.count && !args[i].isTrailingClosure {
                let value = args[i].value
                let body = [Stmt(.expression(value), at: value.location)]
                let closure = ClosureExpr(parameters: [], returnType: nil, body: body, shorthandParameterCount: 0, location: value.location)
                args[i].value = Expr(.closure(closure), at: value.location)
            }
        }
        var types: [TypeRef?] = []
        if case let .function(params, _, _)? = staticType(of: callee) { types = params }
        // `print(x)` shows a present optional as `Optional(x)`, as Swift does.
        if case let .identifier(name) = callee.kind, name == "print", case .global = resolve(name) {
            return try compileValueCall(try compileExpr(callee), args, types: types, showsOptionals: true)
        }
        // `debugPrint(x)`: each item's debug text (optionals spelled out, strings quoted), printed.
        if case .identifier("debugPrint") = callee.kind, case .global = resolve("debugPrint") {
            return try compileValueCall(try compileGlobalName("print"), args, types: types, showsOptionals: true, debugTexts: true)
        }
        var globalCallee: GlobalCell?
        if case let .identifier(name) = callee.kind, case let .global(cell) = resolve(name) { globalCallee = cell }
        return try compileValueCall(try compileExpr(callee), args, types: types, globalCallee: globalCallee)
    }

    /// The collection type a call constructs (`[Double](...)`, `Array<Double>(...)`, an alias of one).
    func constructedCollectionType(_ callee: Expr) -> TypeRef? {
        var t: TypeRef
        switch callee.kind {
        case let .typeReference(r): t = r
        case let .identifier(name):
            guard case .global = resolve(name), let alias = cellTypeAliases[name] ?? rt.typeAliases[name] else { return nil }
            t = alias
        default: return nil
        }
        if case let .named(n, generics) = t, !generics.isEmpty {
            switch n {
            case "Array": t = .array(generics[0])
            case "Dictionary" where generics.count == 2: t = .dictionary(key: generics[0], value: generics[1])
            default: return nil
            }
        }
        switch t {
        case .array, .dictionary: return t
        default: return nil
        }
    }

    /// Calls whatever the callee evaluates to; arguments go straight into the callee's frame.
    func compileValueCall(_ calleeEval: @escaping Eval, _ args: [CallArgument], types: [TypeRef?] = [],
                          showsOptionals: Bool = false, debugTexts: Bool = false,
                          globalCallee: GlobalCell? = nil) throws -> Eval {
        let rt = self.rt
        var evs = try compileArgs(args, types: types)
        if showsOptionals {
            for (i, a) in args.enumerated() where a.label == nil {
                // An `Any` argument: each branch keeps its literal's own type (`print(c ? 1 : 2.5)` prints `1`).
                if case let .ternary(c, x, y) = a.value.kind, Compiler.mixesNumberLiterals([x, y]) {
                    let ce = try compileCondition(c), xe = try compileExpr(x), ye = try compileExpr(y)
                    evs[i] = CompiledExpr(run: { f in try ce(f) ? try xe(f) : try ye(f) })
                }
                if debugTexts {
                    let ev = evs[i].run, shape = optionalShape(of: a.value)
                    evs[i] = CompiledExpr(run: { f in
                        let v = try ev(f)
                        return .str(try shape.map { try Compiler.describe(v, as: $0, debug: true) } ?? v.describe(debug: true))
                    })
                } else if let text = try compileOptionalText(a.value) {
                    evs[i] = CompiledExpr(run: text)
                }
            }
        }
        let labels = callLabels(args)
        let sig = rt.labelSignatures.id(labels)
        let n = args.count
        let inouts = try inoutPlaces(args)
        if inouts.isEmpty {
            let call = Compiler.plainCall(rt, calleeEval, evs, labels, sig)
            if let globalCallee { return Compiler.globalFunctionCall(rt, globalCallee, general: call, evs, labels, sig) }
            return call
        }
        return { f in
            let callee = try calleeEval(f)
            let base = try rt.reserve(n + 1)
            do {
                var i = 0
                while i < n { base[1 + i] = try evs[i].run(f); i += 1 }
                let r: Value
                if case let .function(fnv) = callee, fnv.kind == .script {
                    r = try rt.invoke(unsafeDowncast(fnv, to: ScriptFunction.self), base: base, argCount: n,
                                      labels: labels, labelSignature: sig)
                } else {
                    r = try rt.callPrepared(callee, base: base, argCount: n, labels: labels, labelSignature: sig)
                }
                try Compiler.writeBack(inouts, base, f)
                rt.release(base, n + 1)
                return r
            } catch {
                rt.release(base, n + 1)
                throw error
            }
        }
    }

    /// A call without `&` arguments (nearly all): the arguments are evaluated straight into the
    /// callee's frame slots, and a script function is invoked without the general dispatch. One
    /// argument, the commonest case, is evaluated without indexing the array of compiled arguments.
    static func plainCall(_ rt: Runtime, _ calleeEval: @escaping Eval, _ evs: [CompiledExpr], _ labels: [String?],
                          _ sig: Int) -> Eval {
        let n = evs.count
        @inline(__always) func finish(_ callee: Value, _ base: Frame) throws -> Value {
            // `callee` (the caller's) keeps the function alive: borrowed, not retained again.
            if let u = callee.unmanagedScriptFunction {
                return try u._withUnsafeGuaranteedRef {
                    try rt.invoke($0, base: base, argCount: n, labels: labels, labelSignature: sig)
                }
            }
            return try rt.callPrepared(callee, base: base, argCount: n, labels: labels, labelSignature: sig)
        }
        if n == 1 {
            let arg = evs[0].run
            return { f in
                let callee = try calleeEval(f)
                let base = try rt.reserve(2)
                do {
                    Runtime.store(base + 1, try arg(f))
                    let r = try withExtendedLifetime(callee) { try finish(callee, base) }
                    rt.release(base, 2)
                    return r
                } catch {
                    rt.release(base, 2)
                    throw error
                }
            }
        }
        return { f in
            let callee = try calleeEval(f)
            let base = try rt.reserve(n + 1)
            do {
                var i = 0
                while i < n { Runtime.store(base + 1 + i, try evs[i].run(f)); i += 1 }
                let r = try withExtendedLifetime(callee) { try finish(callee, base) }
                rt.release(base, n + 1)
                return r
            } catch {
                rt.release(base, n + 1)
                throw error
            }
        }
    }

    /// A call of a global (`fib(n - 1)`, `Scalar(x)`): the callee is read from its cell in place
    /// (before the arguments, as Swift does), and a script function is invoked without copying the
    /// `Value` that holds it (the copy's outlined retain and destroy, with the general dispatch,
    /// were about a tenth of a call to `fib`, callgrind). An undefined global takes `general`, which
    /// reports it.
    static func globalFunctionCall(_ rt: Runtime, _ cell: GlobalCell, general: @escaping Eval, _ evs: [CompiledExpr],
                                   _ labels: [String?], _ sig: Int) -> Eval {
        let retained = retainedGlobalCall(rt, cell, general: general, evs, labels, sig)
        return directGlobalCall(rt, cell, sig, evs, otherwise: retained)
    }

    /// `globalFunctionCall` for a callee that is not a script function whose labels match.
    static func retainedGlobalCall(_ rt: Runtime, _ cell: GlobalCell, general: @escaping Eval, _ evs: [CompiledExpr],
                                   _ labels: [String?], _ sig: Int) -> Eval {
        let n = evs.count
        // Written out twice (one argument, several): a shared helper taking the call as a closure
        // cost 40 instructions a call more (callgrind).
        if n == 1 {
            let arg = evs[0].run
            let unlabeled = labels[0] == nil
            return { f in
                guard cell.isDefined else { return try general(f) }
                // Held for the whole call: the callee may reassign the global.
                let callee = cell.value
                let base = try rt.reserve(2)
                let r: Value
                do {
                    r = try withExtendedLifetime(callee) {
                        if let u = callee.unmanagedScriptFunction {
                            Runtime.store(base + 1, try arg(f))
                            return try u._withUnsafeGuaranteedRef {
                                try rt.invoke($0, base: base, argCount: 1, labels: labels, labelSignature: sig)
                            }
                        }
                        if unlabeled, let n = callee.unmanagedUnaryNative {
                            let x = try arg(f)
                            return try n._withUnsafeGuaranteedRef { try $0.unary!(x) }
                        }
                        Runtime.store(base + 1, try arg(f))
                        return try rt.callPrepared(callee, base: base, argCount: 1, labels: labels, labelSignature: sig)
                    }
                } catch {
                    rt.release(base, 2)
                    throw error
                }
                rt.release(base, 2)
                return r
            }
        }
        return { f in
            guard cell.isDefined else { return try general(f) }
            let callee = cell.value
            let base = try rt.reserve(n + 1)
            let r: Value
            do {
                r = try withExtendedLifetime(callee) {
                    var i = 0
                    while i < n { Runtime.store(base + 1 + i, try evs[i].run(f)); i += 1 }
                    if let u = callee.unmanagedScriptFunction {
                        return try u._withUnsafeGuaranteedRef {
                            try rt.invoke($0, base: base, argCount: n, labels: labels, labelSignature: sig)
                        }
                    }
                    return try rt.callPrepared(callee, base: base, argCount: n, labels: labels, labelSignature: sig)
                }
            } catch {
                rt.release(base, n + 1)
                throw error
            }
            rt.release(base, n + 1)
            return r
        }
    }

    func compileMethodCall(_ baseExpr: Expr, _ name: String, _ args: [CallArgument],
                           resultDiscarded: Bool = false) throws -> Eval {
        let rt = self.rt
        // `reduce(into:) { acc, x in acc.append(x) }`: the accumulator parameter is `inout`.
        if name == "reduce", args.count == 2, args[0].label == "into", case let .closure(c) = args[1].value.kind,
           let ps = c.parameters, ps.count == 2, ps[0].type == nil { c.parameters![0].isInout = true }
        let recvEval = try compileExpr(baseExpr)
        // In a class: the closure below copied a captured `Place?` (five closure contexts, each an
        // atomic retain and release) on every call that bound it, a tenth of the Scalar program's
        // reference counting (callgrind: 268k copies for `seen.insert`, `topo.append`).
        let placeRef = (try? compilePlace(baseExpr)).map(PlaceRef.init)
        let evs = try compileArgs(args, types: builtinArgumentTypes(baseExpr, name, args))
        let labels = callLabels(args)
        let sig = rt.labelSignatures.id(labels)
        let n = args.count
        let cache = MemberCache()
        let inouts = try inoutPlaces(args)
        let mutates = Members.mutatingBuiltins.contains(name)
        let hot = HotBuiltin(name, args)
        // The first argument's closure captured on its own: read out of `evs` for each call, it was
        // retained and released (`seen.contains(x)`, `topo.append(v)`, `n.forward(x)`).
        let arg0: Eval = n >= 1 ? evs[0].run : { _ in .void }
        return { f in
            var recv = try recvEval(f)
            if let u = recv.unmanagedInstance {
                let base = try rt.reserve(n + 1)
                // The receiver moves into the callee's `self` slot, which holds it from here on (a copy
                // there and the destroy of `recv` were a retain and a release per call, atomic
                // operations: `v._backward()` on every node of the Scalar program's graph).
                swap(&base[0], &recv)
                return try u._withUnsafeGuaranteedRef { inst in
                    if inst.type !== cache.type || cache.epoch != inst.type.epoch {
                        cache.fill(inst.type, field: name)
                        cache.method = inst.type.method(name)
                        cache.computed = inst.type.computedProperty(name)
                    }
                    do {
                        if n >= 1 { Runtime.store(base + 1, try arg0(f)) }
                        var i = 1
                        while i < n { Runtime.store(base + 1 + i, try evs[i].run(f)); i += 1 }
                        let r: Value
                        if let m = cache.method {
                            if inst.isStruct, let placeRef, m.kind == .script, unsafeDowncast(m, to: ScriptFunction.self).proto.isMutating {
                                // Move the struct out of its place so the method mutates it in place, then put it back.
                                var result = Value.void
                                try placeRef.place.modify(f) { v in
                                    base[0] = v
                                    v = .null
                                    defer { v = base[0] }
                                    result = try rt.callFunction(m, base: base, argCount: n, labels: labels, labelSignature: sig, hasReceiver: true)
                                }
                                r = result
                            } else if m.kind == .script {
                                r = try rt.invoke(unsafeDowncast(m, to: ScriptFunction.self), base: base, argCount: n,
                                                  labels: labels, labelSignature: sig)
                            } else {
                                r = try rt.callFunction(m, base: base, argCount: n, labels: labels, labelSignature: sig, hasReceiver: true)
                            }
                        } else if cache.fieldIndex >= 0 {
                            r = try rt.callPrepared(inst.fields[cache.fieldIndex], base: base, argCount: n, labels: labels, labelSignature: sig)
                        } else if let p = cache.computed {
                            let fv = try rt.call(.function(p.getter), [], receiver: base[0])
                            r = try rt.callPrepared(fv, base: base, argCount: n, labels: labels, labelSignature: sig)
                        } else if ScriptSequences.isSequence(base[0]) {
                            // `countdown.map { ... }`: Sequence's methods on the elements.
                            r = try ScriptSequences.call(base[0], name, Arguments((0..<n).map { base[1 + $0] }, labels: labels, runtime: rt))
                        } else {
                            throw Members.noMember(base[0], name)
                        }
                        try Compiler.writeBack(inouts, base, f)
                        rt.release(base, n + 1)
                        return r
                    } catch {
                        rt.release(base, n + 1)
                        throw error
                    }
                }
            }
            // The commonest builtin calls, without an argument array or a dispatch by name.
            // (Switch on the kind, not on `recv`: a switch's subject copy would keep the storage
            // shared, and every `append` would copy the array.)
            switch (hot, recv.builtinKind) {
            case (.contains, .set):
                guard case let .set(s) = recv else { break }
                return .bool(s.contains(try arg0(f)))
            case (.append, .array):
                guard let placeRef else { break }
                let x = try arg0(f)
                recv = .null  // the place must hold the only reference, or copy-on-write copies
                return try Compiler.mutateThroughPlace(placeRef.place, f, method: "append") { v in try v.mutateArray { $0.append(x) }; return .void }
            case (.insert, .set):
                guard let placeRef else { break }
                let x = try arg0(f)
                recv = .null
                let inserted = try Compiler.mutateThroughPlace(placeRef.place, f, method: "insert") { v in .bool(try v.mutateSet { $0.insert(x) }) }
                return resultDiscarded ? .void : .tuple(TupleRef([inserted, x], labels: HotBuiltin.insertResultLabels))
            default: break
            }
            // Everything else: evaluate the arguments, then dispatch on the receiver's kind.
            let values = try evs.values(f)
            if case let .type(t) = recv {
                let member = try Members.staticMember(t, name, rt)
                return try rt.call(member, values, labels: labels)
            }
            if case let .enumCase(e) = recv, let m = e.type.method(name) {
                // A mutating method (`self = .green`): the new `self` goes back to the variable.
                if let placeRef, m.kind == .script, unsafeDowncast(m, to: ScriptFunction.self).proto.isMutating {
                    let base = try rt.reserve(n + 1)
                    defer { rt.release(base, n + 1) }
                    base[0] = recv
                    for (i, v) in values.enumerated() { base[1 + i] = v }
                    let r = try rt.callFunction(m, base: base, argCount: n, labels: labels, labelSignature: sig, hasReceiver: true)
                    try placeRef.place.assign(f, base[0])
                    return r
                }
                return try rt.call(.function(m), values, receiver: recv)
            }
            switch recv {
            case .int, .double:
                // `y.round()`, `n.negate()`, `s.formSquareRoot()`: the non-mutating form, stored back.
                if let placeRef, let pure = Compiler.numberMutators[name] {
                    var tmp = recv
                    let r = pure == "-" ? try Operators.negate(recv, rt)
                        : try Members.callBuiltin(&tmp, pure, Arguments(values, labels: labels, runtime: rt, receiver: recv))
                    try placeRef.place.assign(f, r)
                    return .void
                }
            case .array, .dict, .set, .string:
                if mutates, let placeRef {
                    let arguments = Arguments(values, labels: labels, runtime: rt)
                    if values.contains(where: { $0.functionValue != nil }) {
                        // `xs.sort(by:)`, `xs.removeAll(where:)`: the closure may read `xs`; it runs
                        // on the current value, and the result replaces the variable's value.
                        var tmp = recv
                        let r = try Members.callBuiltin(&tmp, name, arguments)
                        try placeRef.place.assign(f, tmp)
                        return r
                    }
                    recv = .null  // the place must hold the only reference, or copy-on-write copies
                    return try Compiler.mutateThroughPlace(placeRef.place, f, method: name) { v in try Members.callBuiltin(&v, name, arguments) }
                }
            default: break
            }
            let arguments = Arguments(values, labels: labels, runtime: rt, receiver: recv)
            var tmp = recv
            recv = .null
            return try Members.callBuiltin(&tmp, name, arguments)
        }
    }

    /// Mutating methods of numbers and the non-mutating method each one stores (`-` for `negate`).
    static let numberMutators: [String: String] = [
        "round": "rounded", "negate": "-", "formSquareRoot": "squareRoot",
        "formTruncatingRemainder": "truncatingRemainder", "formRemainder": "remainder",
    ]

    /// Runs a mutating builtin method (`xs.append(x)`) on the value moved out of its place, then
    /// moves it back. The place reads `nil` meanwhile, so a closure argument that reads the
    /// variable sees no overlapping access; a `let` place fails before anything runs.
    static func mutateThroughPlace(_ place: Place, _ f: Frame, method: String,
                                   _ body: (inout Value) throws -> Value) throws -> Value {
        var taken = try place.takeOut(f)
        // Which elements of an array the method can have added: the new tail of an append, none for
        // a method that only removes or reorders, any for the rest.
        var newFrom = 0
        if case let .array(a) = taken {
            if method == "append" { newFrom = a.items.count } else if Compiler.keepsElements.contains(method) { newFrom = Int.max }
        }
        let result: Value
        // Put back with `assign`: through `users["bob"]?.append(x)` the place holds nil meanwhile, which
        // the optional-chain place's `modify` would refuse (and the value would be lost).
        do {
            result = try body(&taken)
        } catch {
            try? place.assign(f, taken)
            throw error
        }
        if newFrom == 0 {
            try place.assign(f, taken)
        } else {
            if newFrom == Int.max, case let .array(a) = taken { newFrom = a.items.count }
            try place.restore(f, taken, newFrom)
        }
        return result
    }

    /// Mutating array methods that add no element (nothing in the array needs converting afterwards).
    static let keepsElements: Set<String> = [
        "removeLast", "removeFirst", "remove", "removeAll", "popLast", "popFirst", "sort", "reverse",
        "shuffle", "swapAt", "removeSubrange", "reserveCapacity",
    ]

    /// `super.method(args)` and `super.init(args)`.
    func compileSuperCall(_ name: String, _ args: [CallArgument]) throws -> Eval {
        let rt = self.rt
        guard let info = selfTypeInScope() else { throw error("'super' is only available in a class's methods") }
        let typeCell = rt.globalCell(info.name)
        let selfEval = try compileName("self")
        let evs = try compileArgs(args)
        let labels = callLabels(args)
        let sig = rt.labelSignatures.id(labels)
        let n = args.count
        return { f in
            guard case let .type(t) = typeCell.value, let sup = t.superclass else {
                throw RuntimeError.typeMismatch("'\(info.name)' has no superclass")
            }
            let m: Function?
            if name == "init" {
                m = rt.findInitializer(sup, labels: labels, argCount: n)
                if m == nil && n == 0 { return .void }
            } else {
                m = sup.method(name)
            }
            guard let m else { throw RuntimeError.typeMismatch("superclass '\(sup.name)' has no member '\(name)'") }
            let base = try rt.reserve(n + 1)
            defer { rt.release(base, n + 1) }
            base[0] = try selfEval(f)
            var i = 0
            while i < n { base[1 + i] = try evs[i].run(f); i += 1 }
            return try rt.callFunction(m, base: base, argCount: n, labels: labels, labelSignature: sig, hasReceiver: true)
        }
    }

    func compileMemberGet(_ baseExpr: Expr, _ name: String) throws -> Eval {
        let rt = self.rt
        if case .superRef = baseExpr.kind { return try compileSuperGet(name) }
        if let global = moduleQualifiedName(baseExpr, name) { return try compileGlobalName(global) }
        let be = try compileExpr(baseExpr)
        let cache = MemberCache()
        if case let .slot(slot)? = simpleOperand(baseExpr) {
            // `lhs.value`, `self.grad`: the instance stays in its frame slot while its field is read
            // (no retain and release of it: a third of the Scalar program's instructions were
            // reference counting, callgrind). No script code runs in between.
            return { f in
                if let u = f[slot].unmanagedInstance {
                    let hit: Value? = u._withUnsafeGuaranteedRef { inst in
                        if inst.type === cache.type, cache.fieldIndex >= 0 { return inst.fields[cache.fieldIndex] }
                        return nil
                    }
                    if let hit { return hit }
                }
                return try Compiler.readMember(f[slot], name, cache, rt)
            }
        }
        return { f in try Compiler.readMember(try be(f), name, cache, rt) }
    }

    /// Member `name` of `v`: a stored property through the call site's cache, else by name.
    @inline(__always) static func readMember(_ v: Value, _ name: String, _ cache: MemberCache, _ rt: Runtime) throws -> Value {
        if case let .instance(inst) = v {
            if inst.type === cache.type, cache.fieldIndex >= 0 { return inst.fields[cache.fieldIndex] }
            if let i = inst.type.fieldIndex[name] {
                cache.type = inst.type
                cache.fieldIndex = i
                return inst.fields[i]
            }
        } else if case let .native(n) = v, let p = cache.nativeProperty(of: n, name) {
            return try p.get(n)
        }
        return try Members.get(v, name, rt)
    }

    /// A subscript's index arguments; `counts[k, default: []]`'s default takes the dictionary's value
    /// type (an empty `Set<Double>`, `[Double]` literals as Doubles).
    func compileSubscriptArgs(_ baseExpr: Expr, _ args: [CallArgument]) throws -> [CompiledExpr] {
        guard args.count == 2, args[1].label == "default",
              case let .dictionary(_, vt)? = staticType(of: baseExpr).flatMap({ Compiler.contextType($0) }) else {
            return try compileArgs(args)
        }
        let key = try compileExpr(args[0].value), value = try compileExpr(args[1].value, expecting: vt)
        let c = Coercion(type: vt), rt = self.rt
        if c.isNone { return [CompiledExpr(run: key), CompiledExpr(run: value)] }
        return [CompiledExpr(run: key), CompiledExpr(run: { f in try rt.coerce(try value(f), c, what: "default value") })]
    }

    func compileSubscriptGet(_ baseExpr: Expr, _ args: [CallArgument]) throws -> Eval {
        let rt = self.rt
        let be = try compileExpr(baseExpr)
        let evs = try compileSubscriptArgs(baseExpr, args)
        let labels = args.map { $0.label }
        if evs.count == 1 && labels[0] == nil {
            let ie = evs[0].run
            return { f in
                let b = try be(f)
                let i = try ie(f)
                if case let .array(a) = b, case let .int(k) = i {
                    guard k >= 0 && k < a.items.count else { throw ArrayMembers.indexError(k, a.items.count) }
                    return a.items[k]
                }
                return try Subscripts.get(b, [i], labels: [nil], rt)
            }
        }
        return { f in
            let b = try be(f)
            return try Subscripts.get(b, try evs.map { try $0.run(f) }, labels: labels, rt)
        }
    }
}

extension MemberCache {
    /// Remembers what stored property `name` is on `type` (index -1: none).
    func fill(_ type: TypeValue, field name: String) {
        self.type = type
        epoch = type.epoch
        fieldIndex = type.fieldIndex[name] ?? -1
        fieldIsLet = fieldIndex >= 0 && type.fields[fieldIndex].isLet
        fieldCoercion = fieldIndex >= 0 ? type.fields[fieldIndex].coercion : .none
    }
}
