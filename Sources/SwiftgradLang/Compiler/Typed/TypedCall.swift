/// A call from a typed function to a global typed function (`fib(n - 1)` in `fib`): the arguments'
/// bits go straight into the callee's frame of raw slots (on the runtime's typed stack), its typed
/// body runs and answers bits. Everything the general direct call guarantees is kept, in the same
/// order (`Compiler.directCall`, `Runtime.runDirect`): the callee is read from its cell at each call
/// (a later cell may redefine it: another signature takes `fallback`, the general path), counted in
/// `activeCalls` while it runs unretained, the call depth limit, the interrupt/collector safe
/// point, and the callee's frame added to an error's trace.
/// A closure held in a struct (an array of bare closures calls through reabstraction thunks).
struct TypedRaw { let run: (TypedFrame) throws -> Int }

/// How an argument's bits are computed. A local, a literal and a local plus or minus a literal
/// (`n - 1`, the commonest arguments of recursive calls) are computed inside the call site's
/// closure: as a closure of its own, `n - 1` cost a call and a partial-apply forwarder (~25
/// instructions a call to `fib`, callgrind).
enum TypedArgShape {
    case slot(Int)
    case constant(Int)
    case add(slot: Int, Int)
    case subtract(slot: Int, Int)
    case expr((TypedFrame) throws -> Int)
}

/// An argument computed inline (see `TypedArgShape`); the site is specialised per shape.
protocol TypedArgument { func value(_ f: TypedFrame) throws -> Int }
struct TypedSlotArg: TypedArgument {
    let slot: Int
    @inline(__always) func value(_ f: TypedFrame) -> Int { f[slot] }
}
struct TypedConstantArg: TypedArgument {
    let bits: Int
    @inline(__always) func value(_ f: TypedFrame) -> Int { bits }
}
struct TypedOffsetArg<O: TypedArithmetic>: TypedArgument {
    let slot: Int, k: Int
    @inline(__always) func value(_ f: TypedFrame) throws -> Int { try O.apply(f[slot], k) }
}
struct TypedExprArg: TypedArgument {
    let run: (TypedFrame) throws -> Int
    @inline(__always) func value(_ f: TypedFrame) throws -> Int { try run(f) }
}

/// What is built from an argument of a statically known shape (a visitor: Swift has no generic
/// closures). `Result` wraps closures in a struct: a bare closure returned as an associated type
/// went through reabstraction thunks at every call (callgrind).
protocol TypedArgumentConsumer {
    associatedtype Result
    func make<A: TypedArgument>(_ a: A) -> Result
}

extension TypedArgShape {
    func build<C: TypedArgumentConsumer>(_ c: C) -> C.Result {
        switch self {
        case let .slot(s): return c.make(TypedSlotArg(slot: s))
        case let .constant(k): return c.make(TypedConstantArg(bits: k))
        case let .add(s, k): return c.make(TypedOffsetArg<TypedOps.AddInt>(slot: s, k: k))
        case let .subtract(s, k): return c.make(TypedOffsetArg<TypedOps.SubtractInt>(slot: s, k: k))
        case let .expr(e): return c.make(TypedExprArg(run: e))
        }
    }
}

/// The runtime's block of typed frames (`Runtime.Registers.typedTop`/`typedEnd`): a frame is a bump
/// of `typedTop`. Frames on the native stack (withUnsafeTemporaryAllocation, sized at run time) cost
/// ~25 instructions a call (the dynamic alloca, its size checks and the stack protector's canary).
enum TypedStack {
    static let none = UnsafeMutablePointer<Int>(bitPattern: 8)!
    /// Slots of the block: fib's frames at the depth limit take 30,000. A frame that does not fit
    /// goes on the native stack.
    static let capacity = 1 << 17
}

enum TypedCall {
    typealias Site = (TypedFrame) throws -> Int

    /// A call site; `args` answer the arguments' bits, `fallback` calls whatever the cell holds when
    /// it is not a typed function of this signature.
    static func site(_ rt: Runtime, _ cell: GlobalCell, key: Int, _ args: [TypedArgShape],
                     fallback: @escaping Site) -> Site {
        // The callee is counted in `activeCalls` before its arguments are evaluated (they may run
        // general code that reassigns the global); the arguments are evaluated into Swift locals
        // before the frame exists.
        switch args.count {
        case 0:
            return { f in
                guard let u = cell.typedCallee(key) else { return try fallback(f) }
                begin(u)
                defer { Compiler.endDirectCall(u) }
                return try run(rt, u) { _ in }
            }
        case 1:
            return args[0].build(One(rt: rt, cell: cell, key: key, fallback: fallback)).run
        case 2:
            return args[0].build(TwoFirst(rt: rt, cell: cell, key: key, fallback: fallback, second: args[1])).run
        default:
            let n = args.count
            let raws = args.map { shape -> TypedRaw in
                if case let .expr(e) = shape { return TypedRaw(run: e) }
                return shape.build(Closure())
            }
            return { f in
                guard let u = cell.typedCallee(key) else { return try fallback(f) }
                begin(u)
                defer { Compiler.endDirectCall(u) }
                var values: [Int] = []
                values.reserveCapacity(n)
                for a in raws { values.append(try a.run(f)) }
                return try run(rt, u) { tf in
                    var i = 0
                    while i < n { tf[1 + i] = values[i]; i += 1 }
                }
            }
        }
    }

    /// An argument as a closure (calls of three arguments and more).
    struct Closure: TypedArgumentConsumer {
        func make<A: TypedArgument>(_ a: A) -> TypedRaw { TypedRaw { f in try a.value(f) } }
    }

    struct One: TypedArgumentConsumer {
        let rt: Runtime, cell: GlobalCell, key: Int, fallback: Site
        func make<A: TypedArgument>(_ a: A) -> TypedRaw {
            let site = OneSite(rt: rt, cell: cell, key: key, fallback: fallback, a: a)
            return TypedRaw { f in try site.call(f) }
        }
    }

    struct TwoFirst: TypedArgumentConsumer {
        let rt: Runtime, cell: GlobalCell, key: Int, fallback: Site, second: TypedArgShape
        func make<A: TypedArgument>(_ a: A) -> TypedRaw {
            second.build(TwoSecond(rt: rt, cell: cell, key: key, fallback: fallback, first: a))
        }
    }

    struct TwoSecond<A: TypedArgument>: TypedArgumentConsumer {
        let rt: Runtime, cell: GlobalCell, key: Int, fallback: Site, first: A
        func make<B: TypedArgument>(_ b: B) -> TypedRaw {
            let site = TwoSite(rt: rt, cell: cell, key: key, fallback: fallback, a: first, b: b)
            return TypedRaw { f in try site.call(f) }
        }
    }

    /// A call site's state in one object, which its closure captures alone (and uses as its
    /// context): a closure capturing the five values unpacked them in a partial-apply forwarder at
    /// each call (~20 instructions a call to `fib`, callgrind).
    final class OneSite<A: TypedArgument> {
        let rt: Runtime, cell: GlobalCell, key: Int, fallback: Site, a: A
        init(rt: Runtime, cell: GlobalCell, key: Int, fallback: @escaping Site, a: A) {
            self.rt = rt
            self.cell = cell
            self.key = key
            self.fallback = fallback
            self.a = a
        }

        @inline(__always) func call(_ f: TypedFrame) throws -> Int {
            guard let u = cell.typedCallee(key) else { return try fallback(f) }
            begin(u)
            defer { Compiler.endDirectCall(u) }
            let x = try a.value(f)
            return try run(rt, u) { tf in tf[1] = x }
        }
    }

    final class TwoSite<A: TypedArgument, B: TypedArgument> {
        let rt: Runtime, cell: GlobalCell, key: Int, fallback: Site, a: A, b: B
        init(rt: Runtime, cell: GlobalCell, key: Int, fallback: @escaping Site, a: A, b: B) {
            self.rt = rt
            self.cell = cell
            self.key = key
            self.fallback = fallback
            self.a = a
            self.b = b
        }

        @inline(__always) func call(_ f: TypedFrame) throws -> Int {
            guard let u = cell.typedCallee(key) else { return try fallback(f) }
            begin(u)
            defer { Compiler.endDirectCall(u) }
            let x = try a.value(f), y = try b.value(f)
            return try run(rt, u) { tf in
                tf[1] = x
                tf[2] = y
            }
        }
    }

    @inline(__always) static func begin(_ u: Unmanaged<ScriptFunction>) {
        u._withUnsafeGuaranteedRef { $0.activeCalls &+= 1 }
    }

    /// Runs a callee counted in `activeCalls`: its frame on the typed stack, filled by `fill`.
    @inline(__always) static func run(_ rt: Runtime, _ u: Unmanaged<ScriptFunction>,
                                      _ fill: (TypedFrame) -> Void) throws -> Int {
        try u._withUnsafeGuaranteedRef { fn in
            let body = fn.proto.info.pointee.typedBody.unsafelyUnwrapped
            return try body._withUnsafeGuaranteedRef { typed in
                let regs = rt.registers
                let tf = regs.pointee.typedTop
                let next = tf + typed.frameSize
                if next > regs.pointee.typedEnd { return try runElsewhere(rt, fn, typed, fill) }
                regs.pointee.typedTop = next
                defer { regs.pointee.typedTop = tf }
                fill(tf)
                return try enter(rt, fn, typed, tf)
            }
        }
    }

    /// The callee's safe point and body, its frame filled. The depth limit, the interrupt and the
    /// collector are one counter (`Runtime.fuel`): it never exceeds the calls left before the
    /// limit, so the depth is compared only when it runs out (a compare and the interrupt flag's
    /// load fewer at every call).
    @inline(__always) static func enter(_ rt: Runtime, _ fn: ScriptFunction, _ typed: TypedBody, _ tf: TypedFrame) throws -> Int {
        rt.depth += 1
        defer { rt.depth -= 1 }
        let left = rt.fuel.load(ordering: .relaxed) &- 1
        rt.fuel.store(left, ordering: .relaxed)
        if left < 0 { try safePoint(rt) }
        do { return try typed.run(tf) } catch { throw fn.proto.framed(error) }
    }

    /// The slow path of a typed call's safe point: the general path's depth check, then the rest.
    @inline(never) static func safePoint(_ rt: Runtime) throws {
        if rt.depth > Runtime.maxCallDepth { throw Runtime.stackOverflow() }
        try rt.safePointSlow()
    }

    /// A frame the typed stack has no room for: the first typed call allocates the stack, a frame
    /// past its end goes on the native stack.
    @inline(never) static func runElsewhere(_ rt: Runtime, _ fn: ScriptFunction, _ typed: TypedBody,
                                            _ fill: (TypedFrame) -> Void) throws -> Int {
        let regs = rt.registers
        if regs.pointee.typedStack == nil {
            let block = UnsafeMutablePointer<Int>.allocate(capacity: TypedStack.capacity)
            regs.pointee.typedStack = block
            regs.pointee.typedTop = block
            regs.pointee.typedEnd = block + TypedStack.capacity
            let tf = block, next = block + typed.frameSize
            if next <= regs.pointee.typedEnd {
                regs.pointee.typedTop = next
                defer { regs.pointee.typedTop = tf }
                fill(tf)
                return try enter(rt, fn, typed, tf)
            }
        }
        return try withUnsafeTemporaryAllocation(of: Int.self, capacity: typed.frameSize) { buffer in
            let tf = buffer.baseAddress!
            fill(tf)
            return try enter(rt, fn, typed, tf)
        }
    }

    /// The general call of whatever `cell` holds (a redefined function, an overload set), with the
    /// arguments boxed; its result must have the kind the typed caller was compiled for.
    static func fallback(_ rt: Runtime, _ cell: GlobalCell, _ args: [TypedExpr], labels: [String?],
                         result: TypedKind) -> Site {
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
