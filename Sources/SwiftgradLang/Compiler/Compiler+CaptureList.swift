/// Capture lists: `{ [x, total = a + b, weak self] in ... }`. Each name is a constant of the closure
/// holding the value it had (or the `= expression`'s value) when the closure was made, unlike the
/// variables a closure captures by reference.
extension Compiler {
    func compileCapturingClosure(_ c: ClosureExpr, parameterTypes: [TypeRef], resultType: TypeRef?) throws -> Eval {
        let values = try c.captureList.enumerated().map { i, name in
            let written = i < c.captureValues.count ? c.captureValues[i] : nil
            return CompiledExpr(run: try compileExpr(written ?? Expr(.identifier(name), at: c.location)))
        }
        pushScope()
        defer { popScope() }
        let slots = c.captureList.map { declareLocal($0, isLet: true).slot }
        let inner = ClosureExpr(parameters: c.parameters, returnType: c.returnType, isThrowing: c.isThrowing,
                                body: c.body, shorthandParameterCount: c.shorthandParameterCount, location: c.location)
        let make = try compileClosure(inner, parameterTypes: parameterTypes, resultType: resultType)
        return { f in
            for (slot, value) in zip(slots, values) { f[slot] = try value.run(f) }
            return try make(f)
        }
    }
}
