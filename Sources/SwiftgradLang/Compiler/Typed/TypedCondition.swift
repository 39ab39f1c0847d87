/// Conditions of the typed tier computed inline by the statement that tests them: a comparison of a
/// local with a literal or with another local (`n < 2`, `i < n`) is specialised per operator into
/// the `if`, `while` or early return that tests it. As a closure of its own it cost a call and a
/// partial-apply forwarder (~20 instructions a call to `fib`, callgrind).
protocol TypedCondition { func test(_ f: TypedFrame) throws -> Bool }

struct TypedCompareSlotConstant<O: TypedComparison>: TypedCondition {
    let slot: Int, k: Int
    @inline(__always) func test(_ f: TypedFrame) -> Bool { O.apply(f[slot], k) }
}
struct TypedCompareSlots<O: TypedComparison>: TypedCondition {
    let a: Int, b: Int
    @inline(__always) func test(_ f: TypedFrame) -> Bool { O.apply(f[a], f[b]) }
}
struct TypedConditionClosure: TypedCondition {
    let run: (TypedFrame) throws -> Bool
    @inline(__always) func test(_ f: TypedFrame) throws -> Bool { try run(f) }
}

/// What is built from a condition of a statically known shape (a visitor: Swift has no generic
/// closures). `Result` wraps closures in a struct (see `TypedArgumentConsumer`).
protocol TypedConditionConsumer {
    associatedtype Result
    func make<C: TypedCondition>(_ c: C) -> Result
}

/// A comparison's operator as the type `TypedCompareSlotConstant`/`TypedCompareSlots` take.
protocol TypedComparisonConsumer {
    associatedtype Result
    func make<O: TypedComparison>(_ op: O.Type) -> Result
}

extension TypedCompiler {
    /// Builds `v` from the Bool expression `e`: inline when it compares a local with a literal or
    /// with a local of its kind (the kinds and results of `TypedOps`' closures), else as a closure.
    func condition<V: TypedConditionConsumer>(_ e: Expr, _ v: V) throws -> V.Result {
        if case let .binary(op, l, r) = e.kind, case let .identifier(name) = l.kind, let local = lookup(name) {
            switch r.kind {
            case let .identifier(other):
                if let b = lookup(other), b.kind == local.kind,
                   let made = TypedOps.comparison(op, local.kind, Slots(a: local.slot, b: b.slot, v: v)) { return made }
            case let .intLiteral(k):
                let bits = local.kind == .double ? typedBits(Double(k)) : k
                if let made = TypedOps.comparison(op, local.kind, SlotConstant(slot: local.slot, k: bits, v: v)) { return made }
            case let .doubleLiteral(k) where local.kind == .double:
                if let made = TypedOps.comparison(op, .double, SlotConstant(slot: local.slot, k: typedBits(k), v: v)) { return made }
            default:
                break
            }
        }
        guard case let .bool(c) = try expr(e, .bool) else { throw Unsupported() }
        return v.make(TypedConditionClosure(run: c))
    }

    private struct SlotConstant<V: TypedConditionConsumer>: TypedComparisonConsumer {
        let slot: Int, k: Int, v: V
        func make<O: TypedComparison>(_ op: O.Type) -> V.Result { v.make(TypedCompareSlotConstant<O>(slot: slot, k: k)) }
    }
    private struct Slots<V: TypedConditionConsumer>: TypedComparisonConsumer {
        let a: Int, b: Int, v: V
        func make<O: TypedComparison>(_ op: O.Type) -> V.Result { v.make(TypedCompareSlots<O>(a: a, b: b)) }
    }
}

/// `if c { return x }; return e` as a function's whole body (fib): one closure, the condition
/// inline and a local or literal `x` read in place. The closure captures one object (its context):
/// capturing the condition, the values and the lines itself, it unpacked them in a partial-apply
/// forwarder at each call (~20 instructions a call to `fib`, callgrind).
struct TypedEarlyReturn: TypedConditionConsumer {
    let early: TypedOperand
    let value: (TypedFrame) throws -> Int
    let ifLine: Int, earlyLine: Int, line: Int

    func make<C: TypedCondition>(_ c: C) -> TypedRaw {
        switch early {
        case let .slot(s):
            let node = Node(c, value: value, ifLine: ifLine, line: line, early: s)
            return TypedRaw { f in try node.run(f) { slot in f[slot] } }
        case let .constant(k):
            let node = Node(c, value: value, ifLine: ifLine, line: line, early: k)
            return TypedRaw { f in try node.run(f) { k in k } }
        case let .expr(x):
            let node = Node(c, value: value, ifLine: ifLine, line: line, early: TypedRaw(run: x))
            let earlyLine = self.earlyLine
            return TypedRaw { f in
                try node.run(f) { x in
                    do { return try x.run(f) } catch { throw Compiler.annotated(error, earlyLine) }
                }
            }
        }
    }

    final class Node<C: TypedCondition, Early> {
        let c: C, value: (TypedFrame) throws -> Int, ifLine: Int, line: Int, early: Early
        init(_ c: C, value: @escaping (TypedFrame) throws -> Int, ifLine: Int, line: Int, early: Early) {
            self.c = c
            self.value = value
            self.ifLine = ifLine
            self.line = line
            self.early = early
        }

        /// The body; `taken` answers the early result from `early`.
        @inline(__always) func run(_ f: TypedFrame, _ taken: (Early) throws -> Int) throws -> Int {
            let isTaken: Bool
            do { isTaken = try c.test(f) } catch { throw Compiler.annotated(error, ifLine) }
            if isTaken { return try taken(early) }
            do { return try value(f) } catch { throw Compiler.annotated(error, line) }
        }
    }
}

/// A statement closure in a struct (see `TypedConditionConsumer`).
struct TypedStmtBox { let run: TypedStmt }

/// `if c { ... }` / `if c { ... } else { ... }` with one condition.
struct TypedIf: TypedConditionConsumer {
    let then: TypedStmt, otherwise: TypedStmt?

    func make<C: TypedCondition>(_ c: C) -> TypedStmtBox {
        let t = then
        guard let e = otherwise else { return TypedStmtBox { f in try c.test(f) ? try t(f) : .normal } }
        return TypedStmtBox { f in try c.test(f) ? try t(f) : try e(f) }
    }
}

/// `while c { ... }` with one condition; the safe point at each back-edge.
struct TypedWhile: TypedConditionConsumer {
    let body: TypedStmt, rt: Runtime

    func make<C: TypedCondition>(_ c: C) -> TypedStmtBox {
        let b = body, rt = self.rt
        return TypedStmtBox { f in
            while try c.test(f) {
                switch try b(f) {
                case .normal, .continueLoop: break
                case .breakLoop: return .normal
                case .returned: return .returned
                }
                try rt.checkInterrupt()
            }
            return .normal
        }
    }
}
