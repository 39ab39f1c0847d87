/// Calls the compiler shapes itself: module-qualified globals (`Foundation.exp(x)`, `Swift.max(a, b)`),
/// `swap(&a, &b)` and an initializer delegating to another of its type (`self.init(...)`).
extension Compiler {
    static let moduleNames: Set<String> = ["Swift", "Foundation", "Darwin", "Glibc"]

    /// `M.name` where `M` is a module (and no script variable or type of that name): names the global
    /// `name` itself, past a method of the same name in scope (a lesson's own `Value` class defines `exp()`).
    func moduleQualifiedName(_ base: Expr, _ name: String) -> String? {
        guard case let .identifier(m) = base.kind, Compiler.moduleNames.contains(m) else { return nil }
        if fn.findLocal(m) != nil || cellTypes[m] != nil { return nil }
        if let g = rt.globals[m], g.isDefined { return nil }
        return name
    }

    func compileGlobalName(_ name: String) throws -> Eval {
        let cell = rt.globalCell(name)
        return { _ in
            if cell.isDefined { return cell.value }
            throw RuntimeError.undefined(name)
        }
    }

    /// `swap(&a, &b)`: the builtin exchanges the two places (a script's own `swap` is called as usual).
    func compileSwap(_ callee: Expr, _ args: [CallArgument]) throws -> Eval? {
        guard args.count == 2, args.allSatisfy({ $0.isInout && $0.label == nil }) else { return nil }
        let a = try compilePlace(args[0].value), b = try compilePlace(args[1].value)
        let general = try compileValueCall(try compileExpr(callee), args)
        let cell = rt.globalCell("swap")
        return { f in
            guard case let .function(fnv) = cell.value, fnv.kind == .native, fnv.name == "swap" else { return try general(f) }
            let x = try a.read(f), y = try b.read(f)
            try a.assign(f, y)
            try b.assign(f, x)
            return .void
        }
    }

    /// `self.init(...)` inside an initializer: runs the type's initializer that fits on `self`.
    func compileSelfInit(_ args: [CallArgument]) throws -> Eval {
        let rt = self.rt
        guard let info = selfTypeInScope() else { throw error("'self.init' is only available in an initializer") }
        let typeCell = rt.globalCell(info.name)
        let selfPlace = try compilePlace(Expr(.identifier("self"), at: .unknown))
        let evs = try compileArgs(args)
        let labels = callLabels(args)
        let sig = rt.labelSignatures.id(labels)
        let n = args.count
        return { f in
            guard case let .type(t) = typeCell.value, let m = rt.findInitializer(t, labels: labels, argCount: n) else {
                throw RuntimeError.typeMismatch("no initializer of '\(info.name)' fits this call")
            }
            let base = try rt.reserve(n + 1)
            defer { rt.release(base, n + 1) }
            base[0] = try selfPlace.read(f)
            var i = 0
            while i < n { base[1 + i] = try evs[i].run(f); i += 1 }
            _ = try rt.callFunction(m, base: base, argCount: n, labels: labels, labelSignature: sig, hasReceiver: true)
            if t.kind == .structType { try selfPlace.assign(f, base[0]) }  // a struct's `self` is a value
            return .void
        }
    }
}
