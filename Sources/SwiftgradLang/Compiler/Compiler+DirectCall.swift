/// Direct calls of global script functions (`fib(n - 1)`, issue 14).
///
/// A call of a global whose script function's labels match the call (no captures, no boxed
/// parameters, `CallInfo.directSignature`) reserves the callee's whole frame at once, evaluates the
/// arguments into it and runs the body (`Runtime.runDirect`), instead of reserving the arguments,
/// copying the callee's `Value` out of its cell (an atomic retain and release per call) and going
/// through `Runtime.invoke`'s general matching. The function is used unretained: the call counts
/// itself in `ScriptFunction.activeCalls`, and a write to the cell meanwhile hands the cell's
/// reference to the running calls (`GlobalCell.value`), released when the last one returns.
extension Compiler {
    static func directGlobalCall(_ rt: Runtime, _ cell: GlobalCell, _ sig: Int, _ evs: [CompiledExpr],
                                 otherwise: @escaping Eval) -> Eval {
        let n = evs.count
        if n == 1 {
            let arg = evs[0].run
            return { f in
                guard let u = cell.directCallee(sig) else { return try otherwise(f) }
                return try directCall(rt, u, frameSize: 2) { base in Runtime.store(base + 1, try arg(f)) }
            }
        }
        return { f in
            guard let u = cell.directCallee(sig) else { return try otherwise(f) }
            return try directCall(rt, u, frameSize: n + 1) { base in
                var i = 0
                while i < n { Runtime.store(base + 1 + i, try evs[i].run(f)); i += 1 }
            }
        }
    }

    /// Reserves the frame (at least `frameSize` slots), lets `fill` put the arguments in and runs the
    /// function, counted in its `activeCalls` meanwhile.
    @inline(__always) static func directCall(_ rt: Runtime, _ u: Unmanaged<ScriptFunction>, frameSize: Int,
                                             _ fill: (Frame) throws -> Void) throws -> Value {
        let r: Value
        do {
            r = try u._withUnsafeGuaranteedRef { fn in
                fn.activeCalls &+= 1
                let size = Swift.max(fn.proto.info.pointee.frameSize, frameSize)
                let base = try rt.reserve(size)
                do { try fill(base) } catch { rt.release(base, size); throw error }
                return try rt.runDirect(fn, base: base, size: size)
            }
        } catch {
            endDirectCall(u)
            throw error
        }
        endDirectCall(u)
        return r
    }

    /// The end of a direct call: the references a reassigned global handed over are released
    /// once no direct call runs the function any more.
    @inline(__always) static func endDirectCall(_ u: Unmanaged<ScriptFunction>) {
        let held = u._withUnsafeGuaranteedRef { fn -> Int in
            fn.activeCalls &-= 1
            if fn.activeCalls != 0 || fn.heldForCalls == 0 { return 0 }
            let h = fn.heldForCalls
            fn.heldForCalls = 0
            return h
        }
        if held > 0 { releaseHeld(u, held) }
    }

    @inline(never) static func releaseHeld(_ u: Unmanaged<ScriptFunction>, _ count: Int) {
        for _ in 0..<count { u.release() }
    }
}
