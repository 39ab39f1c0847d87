/// A call from a typed function to a global typed function (`fib(n - 1)` in `fib`): the arguments'
/// bits go straight into the callee's frame of raw slots (on the native stack), its typed body runs
/// and answers bits. Everything the general direct call guarantees is kept, in the same order
/// (`Compiler.directCall`, `Runtime.runDirect`): the callee is read from its cell at each call (a
/// later cell may redefine it: another signature takes `fallback`, the general path), counted in
/// `activeCalls` while it runs unretained, the call depth limit, the interrupt/collector safe
/// point, and the callee's frame added to an error's trace.
/// A closure held in a struct (an array of bare closures calls through reabstraction thunks).
struct TypedRaw { let run: (TypedFrame) throws -> Int }

enum TypedCall {
    /// A call site; `args` answer the arguments' bits, `fallback` calls whatever the cell holds when
    /// it is not a typed function of this signature.
    static func site(_ rt: Runtime, _ cell: GlobalCell, key: Int, _ args: [TypedRaw],
                     fallback: @escaping (TypedFrame) throws -> Int) -> (TypedFrame) throws -> Int {
        // The callee is counted in `activeCalls` before its arguments are evaluated (they may run
        // general code that reassigns the global); the arguments are evaluated into Swift locals
        // before the frame exists: a closure that evaluated them inside the frame's allocation
        // retained and released their closures' contexts on every call (callgrind).
        switch args.count {
        case 0:
            return { f in
                guard let u = cell.typedCallee(key) else { return try fallback(f) }
                begin(u)
                defer { Compiler.endDirectCall(u) }
                return try run(rt, u) { _ in }
            }
        case 1:
            let a = args[0].run
            return { f in
                guard let u = cell.typedCallee(key) else { return try fallback(f) }
                begin(u)
                defer { Compiler.endDirectCall(u) }
                let x = try a(f)
                return try run(rt, u) { tf in tf[1] = x }
            }
        case 2:
            let a = args[0].run, b = args[1].run
            return { f in
                guard let u = cell.typedCallee(key) else { return try fallback(f) }
                begin(u)
                defer { Compiler.endDirectCall(u) }
                let x = try a(f), y = try b(f)
                return try run(rt, u) { tf in
                    tf[1] = x
                    tf[2] = y
                }
            }
        default:
            let n = args.count
            return { f in
                guard let u = cell.typedCallee(key) else { return try fallback(f) }
                begin(u)
                defer { Compiler.endDirectCall(u) }
                var values: [Int] = []
                values.reserveCapacity(n)
                for a in args { values.append(try a.run(f)) }
                return try run(rt, u) { tf in
                    var i = 0
                    while i < n { tf[1 + i] = values[i]; i += 1 }
                }
            }
        }
    }

    @inline(__always) static func begin(_ u: Unmanaged<ScriptFunction>) {
        u._withUnsafeGuaranteedRef { $0.activeCalls &+= 1 }
    }

    /// Runs a callee counted in `activeCalls`: its frame on the native stack, filled by `fill`.
    @inline(__always) static func run(_ rt: Runtime, _ u: Unmanaged<ScriptFunction>,
                                      _ fill: (TypedFrame) -> Void) throws -> Int {
        try u._withUnsafeGuaranteedRef { fn in
            let body = fn.proto.info.pointee.typedBody.unsafelyUnwrapped
            return try body._withUnsafeGuaranteedRef { typed in
                try withUnsafeTemporaryAllocation(of: Int.self, capacity: typed.frameSize) { buffer in
                    let tf = buffer.baseAddress.unsafelyUnwrapped
                    fill(tf)
                    rt.depth += 1
                    defer { rt.depth -= 1 }
                    if rt.depth > Runtime.maxCallDepth { throw Runtime.stackOverflow() }
                    try rt.checkInterrupt()
                    do { return try typed.run(tf) } catch { throw fn.proto.framed(error) }
                }
            }
        }
    }

    /// The general call of whatever `cell` holds (a redefined function, an overload set), with the
    /// arguments boxed; its result must have the kind the typed caller was compiled for.
    static func fallback(_ rt: Runtime, _ cell: GlobalCell, _ args: [TypedExpr], labels: [String?],
                         result: TypedKind) -> (TypedFrame) throws -> Int {
        let raws = args.map { ($0.kind, $0.raw) }
        return { f in
            guard cell.isDefined else { throw RuntimeError.undefined(cell.name) }
            var values: [Value] = []
            values.reserveCapacity(raws.count)
            for (kind, raw) in raws { values.append(kind.box(try raw(f))) }
            let r = try rt.call(cell.value, values, labels: labels)
            if let x = result.raw(r) { return x }
            throw RuntimeError.typeMismatch("'\(cell.name)' returned a value of type '\(r.typeName)' where '\(result.name)' was expected")
        }
    }
}
