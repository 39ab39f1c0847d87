import MemoryBudget
import Synchronization
import MimeBundle

/// Control flow out of a statement.
enum Flow { case normal, breakLoop, continueLoop, returned }

/// The execution state of one interpreter: the value stack that holds all frames, the call depth,
/// the interrupt flag, the host and the global table. Compiled code captures it unowned.
public final class Runtime {
    /// Recursion deeper than this many script calls is a `StackOverflow` script error.
    public static let maxCallDepth = 10_000
    static let stackCapacity = 1 << 20
    /// Slots initialised up front; the rest are initialised (to `.null`) as deeper frames first reach
    /// them. Initialising all 1M slots at start made every idle kernel hold 16 MiB it never touched.
    static let initialSlots = 1 << 14
    /// Slots past the reserved ones that are always initialised: code that works just above `sp`
    /// without reserving (field initialisers, frames sized after compiling) stays on initialised slots.
    static let headroom = 1 << 12

    let stack: UnsafeMutablePointer<Value>
    /// The registers every call touches, behind a pointer: a class's stored `var`s pay a dynamic
    /// exclusivity check on each access, a pointer's pointee does not.
    struct Registers {
        /// Index of the first free stack slot.
        var sp = 0
        /// Slots below this index are initialised.
        var initialized = Runtime.initialSlots
        var depth = 0
        /// The value of the `return` that ended the current function body.
        var returnValue: Value = .void
        /// Safe points left before the next poll of the memory budget and the collector (see
        /// `checkInterrupt`).
        var pollCredit = Runtime.pollInterval
        /// `fuel` as the slow path of the safe point last set it.
        var fuelStart = Runtime.pollInterval
        /// The typed tier's frames of raw slots (Compiler/Typed/TypedCall.swift): the next free slot
        /// and the end of the block, allocated at the first typed call (until then both are equal,
        /// so that call takes the allocating path).
        var typedTop = TypedStack.none
        var typedEnd = TypedStack.none
        var typedStack: UnsafeMutablePointer<Int>?
    }
    /// Safe points (calls, loop back-edges) between two polls of the memory budget and the collector.
    static let pollInterval = 64
    let registers: UnsafeMutablePointer<Registers>
    @inline(__always) var sp: Int {
        get { registers.pointee.sp }
        set { registers.pointee.sp = newValue }
    }
    @inline(__always) var depth: Int {
        get { registers.pointee.depth }
        set { registers.pointee.depth = newValue }
    }
    @inline(__always) var returnValue: Value {
        get { registers.pointee.returnValue }
        set { registers.pointee.returnValue = newValue }
    }
    /// The one flag compiled code polls at loop back-edges and calls ("attention"): set from any
    /// thread by an interrupt or by a job scheduled for the next safe point (see SafePoints.swift).
    let interruptFlag = Atomic<Bool>(false)
    /// Safe points (calls, loop back-edges) left before the slow path (`safePointSlow`): the one
    /// counter a safe point decrements and tests. The slow path polls `interruptFlag`, the memory
    /// budget and the collector, and sets it to at most the calls left before the depth limit
    /// (`maxCallDepth - depth`). Every path that deepens `depth` passes a safe point after its own
    /// depth check, so a typed call past the limit finds it negative and checks the depth only
    /// then (TypedCall.enter). Other threads set it negative to be attended at once
    /// (`requestInterrupt`, `scheduleAtSafePoint`); the script thread's decrement may overwrite that,
    /// which delays the interrupt to the next slow path, at most `pollInterval` safe points.
    let fuel = Atomic<Int>(Runtime.pollInterval)
    /// Whether an interrupt (rather than only safe-point jobs) is what raised `interruptFlag`.
    let interruptPending = Atomic<Bool>(false)
    /// Jobs to run on the script thread at the next safe point.
    let safePointJobs = SafePointQueue()
    public weak var host: ScriptHost?
    /// The label of the `break`/`continue` being propagated (nil: the innermost loop).
    var flowLabel: String?
    /// Parameter index of each argument of the last call that went through label matching.
    var lastArgumentMapping: [Int] = []
    var globals: [String: GlobalCell] = [:]
    /// Custom operators declared by the cells run so far (`infix operator +*`).
    var declaredOperators: Set<String> = []
    /// Type aliases declared by earlier cells (the parser reads them; see `Parser.typeAliases`).
    var typeAliases: [String: TypeRef] = [:]
    /// Functions declared with `@autoclosure` parameters: their indices (a call wraps those arguments).
    var autoclosureParameters: [String: [Int]] = [:]
    /// Objects native code asked to keep alive.
    var nativeRoots: [Value] = []
    /// Where this interpreter's random numbers come from (`shuffled()`, `Int.random(in:)`, ...): a
    /// SplitMix64 stream of its own unless the embedder routes it (see Library/RandomNumbers.swift).
    var randomBits: () -> UInt64 = Runtime.splitMixStream()
    /// This interpreter's objects, their collector and its types' version (see Heap.swift).
    public let heap = Heap()
    /// This interpreter's interned argument labels (see `LabelSignatures`).
    var labelSignatures = LabelSignatures()
    /// The labels of an operator call (`callOperator`). Stored here because a `static let` array is
    /// initialized lazily: every read of one was a call to check that (callgrind).
    let twoUnlabeled: [String?] = [nil, nil]
    /// The placeholder type of implicit members; made on first use, on the script thread.
    lazy var implicitMembers = ImplicitMembers()

    init() {
        stack = .allocate(capacity: Runtime.stackCapacity)
        stack.initialize(repeating: .null, count: Runtime.initialSlots)
        registers = .allocate(capacity: 1)
        registers.initialize(to: Registers())
    }

    deinit {
        heap.ownerIsGone()
        stack.deinitialize(count: registers.pointee.initialized)
        stack.deallocate()
        registers.pointee.typedStack?.deallocate()
        registers.deinitialize(count: 1)
        registers.deallocate()
    }

    /// The cell that holds global `name` (created undefined if needed).
    func globalCell(_ name: String) -> GlobalCell {
        if let c = globals[name] { return c }
        let c = GlobalCell(name: name)
        globals[name] = c
        return c
    }

    /// Defines (or redefines) a global.
    func defineGlobal(_ name: String, _ value: Value, isLet: Bool = false) {
        let c = globalCell(name)
        c.value = value
        c.isDefined = true
        c.isLet = isLet
    }

    /// The safe point, run at every loop back-edge and call: one decrement and test of `fuel`; the
    /// slow path stops the cell on an interrupt, and every `pollInterval` safe points counts them
    /// toward the memory budget's next measurement, stops the cell when the process went over its
    /// budget and lets the collector run. One counter instead of those checks at every call: the
    /// budget's and the heap's state are lazily initialised globals (a `swift_once` check each) and
    /// were about a tenth of a call's instructions (callgrind, fib).
    @inline(__always) func checkInterrupt() throws {
        let left = fuel.load(ordering: .relaxed) &- 1
        fuel.store(left, ordering: .relaxed)
        if left < 0 { try safePointSlow() }
    }

    /// The slow path of the safe point (see `fuel`).
    @inline(never) func safePointSlow() throws {
        let regs = registers
        let left = fuel.load(ordering: .relaxed)
        // Safe points passed since the last refill (another thread's store leaves that unknown).
        regs.pointee.pollCredit -= left >= -1 ? regs.pointee.fuelStart - left : regs.pointee.fuelStart + 1
        let polls = regs.pointee.pollCredit <= 0
        if polls { regs.pointee.pollCredit = Runtime.pollInterval }
        let f = Swift.max(0, Swift.min(regs.pointee.pollCredit, Runtime.maxCallDepth - regs.pointee.depth))
        regs.pointee.fuelStart = f
        // Sequentially consistent, then the flag: an interrupt whose store to `fuel` this overwrote
        // is seen in the flag.
        fuel.store(f, ordering: .sequentiallyConsistent)
        if interruptFlag.load(ordering: .sequentiallyConsistent) { try attend() }
        if polls { try poll() }
    }

    @inline(never) func poll() throws {
        MemoryBudget.tick(by: Runtime.pollInterval)
        if MemoryBudget.isExceeded { try throwMemoryLimit() }
        heap.maybeCollect()
    }

    @inline(never) func throwMemoryLimit() throws {
        if let e = MemoryBudget.takeExceeded() { throw RuntimeError(wrapping: e) }
    }

    /// Reserves `n` slots on the value stack and returns their base.
    @inline(__always) func reserve(_ n: Int) throws -> Frame {
        let base = stack + sp
        if sp + n + Runtime.headroom >= registers.pointee.initialized { try initializeSlots(sp + n) }
        sp += n
        return base
    }

    /// Initialises more slots (doubling) so that `end` plus the headroom is below the initialised
    /// part, or throws when `end` reaches the stack's capacity.
    @inline(never) func initializeSlots(_ end: Int) throws {
        if end >= Runtime.stackCapacity {
            throw RuntimeError(.stackOverflow, "the value stack is exhausted (recursion too deep)")
        }
        let done = registers.pointee.initialized
        let target = Swift.min(Runtime.stackCapacity, Swift.max(end + Runtime.headroom + 1, done * 2))
        guard target > done else { return }
        (stack + done).initialize(repeating: .null, count: target - done)
        registers.pointee.initialized = target
    }

    /// Stores `v` in a slot: an old value without a reference (what `release` leaves in slots) is
    /// overwritten without the enum's outlined destroy.
    @inline(__always) static func store(_ slot: Frame, _ v: consuming Value) {
        if slot.pointee.holdsReference { slot.pointee = v } else { slot.initialize(to: v) }
    }

    /// Releases slots `base[0..<n]` and pops them. Slots holding no reference (numbers, the
    /// commonest arguments) keep their value: overwriting one still called the enum's outlined
    /// destroy, about 14 instructions a slot (callgrind, fib).
    @inline(__always) func release(_ base: Frame, _ n: Int) {
        var i = 0
        while i < n {
            if base[i].holdsReference { base[i] = .null }
            i += 1
        }
        sp = base - stack
    }

    // MARK: Calls

    /// Calls any callable value with arguments and labels (the generic path, used by native code
    /// and by dynamic call sites).
    public func call(_ callee: Value, _ args: [Value], labels: [String?]? = nil) throws -> Value {
        let labels = labels ?? Array(repeating: nil, count: args.count)
        let base = try reserve(args.count + 1)
        var i = 0
        for a in args { base[1 + i] = a; i += 1 }
        do {
            let r = try callPrepared(callee, base: base, argCount: args.count, labels: labels,
                                     labelSignature: labelSignatures.id(labels))
            release(base, args.count + 1)
            return r
        } catch {
            release(base, args.count + 1)
            throw error
        }
    }

    /// Calls `callee` with its arguments already in `base[1...argCount]` (slot 0 is reserved for
    /// `self`). The caller releases `base[0...argCount]` afterwards (after reading `inout` results).
    func callPrepared(_ callee: Value, base: Frame, argCount: Int, labels: [String?], labelSignature: Int) throws -> Value {
        switch callee {
        case let .function(f):
            return try callFunction(f, base: base, argCount: argCount, labels: labels, labelSignature: labelSignature)
        case let .type(t):
            return try construct(t, base: base, argCount: argCount, labels: labels, labelSignature: labelSignature)
        case let .native(n):
            if let call = n.type.callAsFunction {
                let args = Array(UnsafeBufferPointer(start: base + 1, count: argCount))
                return try call(n, Arguments(args, labels: labels, runtime: self))
            }
            throw RuntimeError.typeMismatch("value of type '\(n.type.name)' is not callable")
        case let .instance(inst):
            if let m = inst.type.method("callAsFunction") {
                base[0] = callee
                return try callFunction(m, base: base, argCount: argCount, labels: labels,
                                        labelSignature: labelSignature, hasReceiver: true)
            }
            throw RuntimeError.typeMismatch("value of type '\(inst.type.name)' is not callable")
        default:
            throw RuntimeError.typeMismatch("cannot call value of type '\(callee.typeName)'")
        }
    }

    /// Calls a function; `hasReceiver` says `base[0]` holds `self` for a method.
    func callFunction(_ f: Function, base: Frame, argCount: Int, labels: [String?], labelSignature: Int,
                      hasReceiver: Bool = false) throws -> Value {
        switch f.kind {
        case .script:
            return try invoke(unsafeDowncast(f, to: ScriptFunction.self), base: base, argCount: argCount,
                              labels: labels, labelSignature: labelSignature)
        case .native:
            let nf = unsafeDowncast(f, to: NativeFunction.self)
            if nf.checksLabels && nf.checkedLabelSignature != labelSignature {
                try NativeSignature.check(nf.signatureText, function: nf.name, labels: labels)
                // (Not for a process-wide native function, made in another heap: ids are per runtime.)
                if nf.heap === heap { nf.checkedLabelSignature = labelSignature }
            }
            let args = Array(UnsafeBufferPointer(start: base + 1, count: argCount))
            do {
                return try nf.body(Arguments(args, labels: labels, runtime: self, receiver: hasReceiver ? base[0] : nil))
            } catch let e as RuntimeError {
                throw e
            } catch {
                throw RuntimeError(wrapping: error)
            }
        case .bound:
            let b = unsafeDowncast(f, to: BoundMethod.self)
            base[0] = b.receiver
            return try callFunction(b.method, base: base, argCount: argCount, labels: labels,
                                    labelSignature: labelSignature, hasReceiver: true)
        case .overloads:
            let set = unsafeDowncast(f, to: OverloadSet.self)
            guard let m = set.select(labels: labels, argCount: argCount, args: base, runtime: self) else {
                throw RuntimeError.typeMismatch("no overload of '\(f.name)' takes arguments (\(labels.map { ($0 ?? "_") + ":" }.joined()))")
            }
            return try callFunction(m, base: base, argCount: argCount, labels: labels,
                                    labelSignature: labelSignature, hasReceiver: hasReceiver)
        }
    }

    /// Runs a script function whose arguments are in `base[1...argCount]`.
    ///
    /// What a call needs to know of its callee is decided once per function (`CallInfo`): whether it
    /// has captures, boxed parameters or argument conversions. A call that matches the signature
    /// touches none of the arrays behind those (each read of one was a retain and a release).
    func invoke(_ fn: ScriptFunction, base: Frame, argCount: Int, labels: [String?], labelSignature: Int) throws -> Value {
        let info = fn.proto.info
        depth += 1
        defer { depth -= 1 }
        if depth > Runtime.maxCallDepth { throw Runtime.stackOverflow() }
        try checkInterrupt()
        let paramCount = info.pointee.paramCount
        // The frame: [self, params..., captures..., locals...]; reserve what the args did not.
        let extra = info.pointee.frameSize - (argCount + 1)
        if extra > 0 { _ = try reserve(extra) }
        // Errors in matching and converting arguments are the caller's (no frame of the callee).
        if labelSignature != info.pointee.labelSignature || argCount != paramCount {
            try spreadArguments(fn.proto, base: base, argCount: argCount, labels: labels)
        }
        if info.pointee.hasParameterCoercions { try checkArgumentKinds(info, base: base) }
        let hasCaptures = info.pointee.hasCaptures
        do {
            if hasCaptures { lendCaptures(fn, info, base) }
            if info.pointee.hasBoxedParams {
                for slot in info.pointee.boxedParamSlots { base[slot] = .box(Box(base[slot])) }
            }
            let r: Value
            do {
                r = try info.pointee.bodyRef._withUnsafeGuaranteedRef { try $0.run(base) }
            } catch {
                if hasCaptures { takeBackCaptures(fn, info, base) }
                throw error
            }
            if hasCaptures { takeBackCaptures(fn, info, base) }
            if extra > 0 { release(base + argCount + 1, extra) }
            // Clear captures and locals beyond the arguments (the caller clears the arguments).
            var i = paramCount + 1
            while i <= argCount { base[i] = .null; i += 1 }
            if info.pointee.hasReturnCoercion { return try coerceReturn(r, info) }
            return r
        } catch {
            if extra > 0 { release(base + argCount + 1, extra) }
            throw fn.proto.framed(error)
        }
    }

    /// Puts the bits of the value at `value` into `slot` without a retain (the slot's old value, if
    /// it holds a reference, is released first); the lender clears the slot with `initialize(to:)`.
    @inline(__always) static func lend(_ slot: Frame, _ value: UnsafePointer<Value>) {
        if slot.pointee.holdsReference { slot.pointee = .null }
        UnsafeMutableRawPointer(slot).copyMemory(from: value, byteCount: MemoryLayout<Value>.size)
    }

    /// Puts a closure's captured values into their frame slots. Boxes (captured `var`s), functions
    /// and class instances are lent: their bits are copied without a retain, since the function
    /// (which its caller keeps alive) holds them for the whole call and its body never stores into
    /// those slots (a captured `let` refuses assignment; a captured `var` is a box whose value
    /// changes, not the slot). `takeBackCaptures` clears them again without a release. Each
    /// `_backward` closure of a graph copied three captures in and released them (an atomic
    /// operation each; retains and releases were half the Scalar program's time, perf). A captured
    /// `self` (assignable) and values (arrays, structs: copy-on-write counts their holders) are copied.
    @inline(__always) func lendCaptures(_ fn: ScriptFunction, _ info: UnsafeMutablePointer<FunctionProto.CallInfo>, _ base: Frame) {
        Runtime.forEachCapture(fn, info, base) { slot, capture, lent in
            if lent {
                Runtime.lend(slot, capture)
            } else {
                Runtime.store(slot, capture.pointee)
            }
        }
    }

    /// Clears the capture slots `lendCaptures` lent, without releasing (the others stay for the
    /// frame's release).
    @inline(__always) func takeBackCaptures(_ fn: ScriptFunction, _ info: UnsafeMutablePointer<FunctionProto.CallInfo>, _ base: Frame) {
        Runtime.forEachCapture(fn, info, base) { slot, _, lent in if lent { slot.initialize(to: .null) } }
    }

    /// Calls `body` with each capture's frame slot, the captured value in place and whether it is lent.
    @inline(__always) static func forEachCapture(_ fn: ScriptFunction, _ info: UnsafeMutablePointer<FunctionProto.CallInfo>, _ base: Frame,
                                                 _ body: (Frame, UnsafePointer<Value>, Bool) -> Void) {
        let selfCapture = info.pointee.selfCapture
        let slots = info.pointee.captureSlotBuffer
        let caps = fn.captures
        var i = 0
        while i < fn.captureCount {
            let capture = caps + i
            body(base + slots[i], capture, i != selfCapture && isLendable(capture))
            i += 1
        }
    }

    /// Whether a captured value can be lent to a frame slot (see `lendCaptures`).
    @inline(__always) static func isLendable(_ p: UnsafePointer<Value>) -> Bool {
        switch p.pointee {
        case .box, .function: return true
        case .instance:
            let raw = UnsafeRawPointer(p).load(as: UnsafeRawPointer.self)
            return Unmanaged<Instance>.fromOpaque(raw)._withUnsafeGuaranteedRef { $0.type.kind == .classType }
        default: return false
        }
    }

    /// Converts a return value to the declared result type; one that has its kind already (an Int
    /// from `-> Int`) is only looked at.
    @inline(__always) func coerceReturn(_ r: Value, _ info: UnsafeMutablePointer<FunctionProto.CallInfo>) throws -> Value {
        if info.pointee.returnCheck.accepts(r) { return r }
        return try convertReturn(r, info)
    }

    @inline(never) func convertReturn(_ r: Value, _ info: UnsafeMutablePointer<FunctionProto.CallInfo>) throws -> Value {
        try coerce(r, info.pointee.returnCoercion, what: "return value")
    }

    static func stackOverflow() -> RuntimeError {
        RuntimeError(.stackOverflow, "recursion deeper than \(Runtime.maxCallDepth) calls")
    }

    /// Converts the arguments that lack their parameter's declared kind; most have it, so this
    /// only looks at their tags.
    @inline(__always) func checkArgumentKinds(_ info: UnsafeMutablePointer<FunctionProto.CallInfo>, base: Frame) throws {
        let checks = info.pointee.coercionChecks
        let paramCount = info.pointee.paramCount
        var i = 0
        while i < paramCount {
            if !checks[i].accepts(base[1 + i]) { try coerceArguments(info, base: base); return }
            i += 1
        }
    }

    /// The rest of a direct call (`Compiler.globalFunctionCall`): `base` is a whole frame of `size`
    /// slots with the arguments in place, and the labels matched (`CallInfo.directSignature`: no
    /// captures, no boxed parameters). Releases the frame, also when it throws.
    @inline(__always) func runDirect(_ fn: ScriptFunction, base: Frame, size: Int) throws -> Value {
        let info = fn.proto.info
        depth += 1
        defer { depth -= 1 }
        do {
            if depth > Runtime.maxCallDepth { throw Runtime.stackOverflow() }
            try checkInterrupt()
            if info.pointee.hasParameterCoercions { try checkArgumentKinds(info, base: base) }
        } catch {
            release(base, size)
            throw error
        }
        do {
            var r = try info.pointee.bodyRef._withUnsafeGuaranteedRef { try $0.run(base) }
            if info.pointee.hasReturnCoercion { r = try coerceReturn(r, info) }
            release(base, size)
            return r
        } catch {
            release(base, size)
            throw fn.proto.framed(error)
        }
    }

    /// Arguments whose labels or count differ from the parameters': a tuple spread over a closure's
    /// parameters, or defaults and variadics filled in by `matchArguments`.
    @inline(never) func spreadArguments(_ proto: FunctionProto, base: Frame, argCount: Int, labels: [String?]) throws {
        let paramCount = proto.info.pointee.paramCount
        if argCount == 1, paramCount > 1, proto.splatsTuple, case let .tuple(t) = base[1], t.items.count == paramCount {
            for (i, v) in t.items.enumerated() { base[1 + i] = v }
        } else {
            try matchArguments(proto, base: base, argCount: argCount, labels: labels)
        }
    }

    /// Converts arguments to their parameters' declared types (an Int given to a Double).
    @inline(never) func coerceArguments(_ info: UnsafeMutablePointer<FunctionProto.CallInfo>, base: Frame) throws {
        let paramCount = info.pointee.paramCount
        var i = 0
        while i < paramCount {
            defer { i += 1 }
            // Look at the argument's kind only (no copy of it) before anything converts it.
            let check = info.pointee.coercionChecks[i]
            if check.accepts(base[1 + i]) { continue }
            if check == .double, case let .int(x) = base[1 + i] { base[1 + i] = .double(Double(x)); continue }
            base[1 + i] = try coerce(base[1 + i], info.pointee.params[i].coercion, what: "argument '\(info.pointee.params[i].name)'")
        }
    }

    /// Puts arguments into parameter order, filling defaults and collecting variadics.
    func matchArguments(_ proto: FunctionProto, base: Frame, argCount: Int, labels: [String?]) throws {
        let args = Array(UnsafeBufferPointer(start: base + 1, count: argCount))
        var out: [Value] = []
        var mapping = Array(repeating: -1, count: argCount)
        var ai = 0
        for (pi, p) in proto.params.enumerated() {
            if p.variadic {
                var items: [Value] = []
                if ai < argCount && labels[ai] == p.label {
                    items.append(args[ai]); mapping[ai] = pi; ai += 1
                    while ai < argCount && labels[ai] == nil { items.append(args[ai]); mapping[ai] = pi; ai += 1 }
                }
                out.append(.arr(items))
            } else if ai < argCount, labels[ai] == trailingClosureLabel, p.defaultValue != nil,
                      let t = p.typeName, !t.contains("->") {
                // A trailing closure skips a defaulted parameter that takes no function (Swift's forward scan):
                // `train(epochs: 3) { ... }` with `verbose: Bool = false, callback: ... = nil`.
                out.append(.void)
            } else if ai < argCount && (labels[ai] == p.label || labels[ai] == trailingClosureLabel) {
                out.append(args[ai]); mapping[ai] = pi; ai += 1
            } else if p.defaultValue != nil {
                out.append(.void) // filled below, once earlier parameters are in place
            } else {
                let want = p.label.map { "'\($0):'" } ?? "an unlabeled argument"
                throw RuntimeError.typeMismatch("missing argument for parameter '\(p.name)' in call to '\(proto.name)' (expected \(want))")
            }
        }
        if ai < argCount {
            let l = labels[ai].map { "'\($0):'" } ?? "unlabeled"
            throw RuntimeError.typeMismatch("extra or misplaced argument (\(l)) in call to '\(proto.name)'")
        }
        for (i, v) in out.enumerated() { base[1 + i] = v }
        for i in out.count..<max(out.count, argCount) { base[1 + i] = .null }
        for (pi, p) in proto.params.enumerated() {
            if let d = p.defaultValue, case .void = out[pi] { base[1 + pi] = try d(base) }
        }
        lastArgumentMapping = mapping
    }

    /// Converts a value to a declared type, or fails if it clearly violates it.
    @inline(__always) func coerce(_ v: Value, _ c: Coercion, what: @autoclosure () -> String) throws -> Value {
        switch (c, v) {
        case (.double, .int(let i)), (.optionalDouble, .int(let i)): return .double(Double(i))
        case (.double, .double), (.optionalDouble, .double), (.optionalDouble, .null): return v
        case (.int, .int), (.string, .string), (.bool, .bool): return v
        case (.double, .native), (.double, .instance): return v  // a differentiable stand-in for Double
        case (.named, _): return try coerceNamed(v, c)
        case let (.fixedInt(k), _): return try coerceFixedInt(v, k, what: what())
        case let (.set, .array(a)):
            let s = SetRef()
            for x in a.items { s.insert(x) }
            return .set(s)
        case (.set, .set), (.set, .null): return v  // (nil: the value is moved out while a method mutates it)
        case let (.tupleLabels(labels), .tuple(t)):
            return t.items.count == labels.count && t.labels != labels ? .tuple(TupleRef(t.items, labels: labels)) : v
        case (.tupleLabels, _): return v
        case (.elements, _), (.dictionaryValues, _), (.tuple, _), (.optional, _): return try coerceContents(v, c, what: what())
        case (.double, .enumCase(let e)) where e.type.isImplicitMembers,
             (.optionalDouble, .enumCase(let e)) where e.type.isImplicitMembers:
            if case let .double(d)? = Runtime.doubleStatics[e.caseName] { return .double(d) }
            fallthrough
        default:
            let want: String
            switch c {
            case .double, .optionalDouble: want = "Double"
            case .int: want = "Int"
            case .string: want = "String"
            case .bool: want = "Bool"
            case .set: want = "Set"
            case .none, .named, .tupleLabels, .elements, .dictionaryValues, .tuple, .optional, .fixedInt: return v
            }
            throw RuntimeError.typeMismatch("cannot convert value of type '\(v.typeName)' to \(what()) of type '\(want)'")
        }
    }
}

extension Runtime {
    /// `coerce` for an array a mutating method changed: only the elements from `start` on can be new.
    func coerce(_ v: Value, _ c: Coercion, what: String, elementsFrom start: Int) throws -> Value {
        guard start > 0, case let .elements(ec) = c, case let .array(a) = v else { return try coerce(v, c, what: what) }
        guard start < a.items.count else { return v }
        var i = start
        while i < a.items.count, !Runtime.needsCoercion(a.items[i], ec) { i += 1 }
        if i == a.items.count { return v }
        var items = a.items
        while i < items.count {
            items[i] = try coerce(items[i], ec, what: "element of \(what)")
            i += 1
        }
        return .array(ArrayRef(items))
    }

    /// `coerce` for the new value of a typed variable that holds `old`: an array that begins with the
    /// old array's very elements (`xs = xs + [row]`) converts only the rest, which were converted when
    /// stored; checking a `[[Double]]` whole on each such assignment made the loop quadratic.
    @inline(__always) func coerce(_ v: Value, _ c: Coercion, what: @autoclosure () -> String, replacing old: Value) throws -> Value {
        guard case .elements = c, case let .array(a) = v, case let .array(o) = old else { return try coerce(v, c, what: what()) }
        let n = min(a.items.count, o.items.count)
        var i = 0
        while i < n, a.items[i].isSameStoredValue(as: o.items[i]) { i += 1 }
        return try coerce(v, c, what: what(), elementsFrom: i)
    }

    /// Converts the integers inside a container of Doubles; a container that has none is returned as it is.
    func coerceContents(_ v: Value, _ c: Coercion, what: String) throws -> Value {
        guard Runtime.needsCoercion(v, c) else { return v }
        switch (c, v) {
        case let (.elements(ec), .array(a)):
            return .array(ArrayRef(try a.items.map { try coerce($0, ec, what: "element of \(what)") }))
        case let (.dictionaryValues(vc), .dict(d)):
            let out = DictRef()
            for (k, x) in zip(d.keys, d.values) { out.set(k, try coerce(x, vc, what: "value of \(what)")) }
            return .dict(out)
        case let (.tuple(cs, labels), .tuple(t)) where cs.count == t.items.count:
            return .tuple(TupleRef(try zip(t.items, cs).map { try coerce($0, $1, what: what) }, labels: labels ?? t.labels))
        case let (.optional(inner), _):
            return try coerce(v, inner, what: what)
        default:
            return v
        }
    }

    /// Whether `coerce` would change `v` (or find it the wrong type).
    static func needsCoercion(_ v: Value, _ c: Coercion) -> Bool {
        switch (c, v) {
        case (.double, .double), (.optionalDouble, .double), (.optionalDouble, .null), (_, .null): return false
        case (.double, _), (.optionalDouble, _): return true
        case let (.elements(ec), .array(a)): return a.items.contains { needsCoercion($0, ec) }
        case let (.dictionaryValues(vc), .dict(d)): return d.values.contains { needsCoercion($0, vc) }
        case let (.tuple(cs, labels), .tuple(t)):
            return cs.count == t.items.count && (labels.map { $0 != t.labels } ?? false || zip(t.items, cs).contains { needsCoercion($0, $1) })
        case let (.optional(inner), _): return needsCoercion(v, inner)
        case let (.fixedInt(k), _): return v.fixedInt?.kind != k
        default: return false
        }
    }

    /// Int's constants (`Int.max`, `.zero` beside an Int literal), installed as its static members.
    static let intStatics: [String: Value] = [
        "max": .int(Int.max), "min": .int(Int.min), "zero": .int(0), "bitWidth": .int(Int.bitWidth),
    ]

    static let doubleStatics: [String: Value] = [
        "pi": .double(Double.pi), "infinity": .double(.infinity), "nan": .double(.nan),
        "greatestFiniteMagnitude": .double(.greatestFiniteMagnitude), "leastNormalMagnitude": .double(.leastNormalMagnitude),
        "leastNonzeroMagnitude": .double(.leastNonzeroMagnitude), "ulpOfOne": .double(.ulpOfOne), "zero": .double(0),
    ]

    /// A value given to a declared `UInt64`, `Int32`, ...: an `Int` that fits becomes one (the literal in
    /// `var state: UInt64 = 42`); another type is an error, as Swift's type checker says.
    func coerceFixedInt(_ v: Value, _ k: IntegerKind, what: String) throws -> Value {
        switch v {
        case .null: return v
        case let .int(i):
            guard k.contains(Int128(i)) else {
                throw RuntimeError(.overflow, "integer value \(i) overflows when stored into '\(k.name)'")
            }
            return FixedIntegers.value(k, Int128(i))
        default:
            if v.fixedInt?.kind == k { return v }
            throw RuntimeError.typeMismatch("cannot convert value of type '\(v.typeName)' to \(what) of type '\(k.name)'")
        }
    }

    /// An implicit member (`.relu`) given to a declared script enum type becomes that enum's case.
    func coerceNamed(_ v: Value, _ c: Coercion) throws -> Value {
        guard case let .named(name) = c, case let .enumCase(e) = v, e.type.isImplicitMembers else { return v }
        guard let g = globals[name], g.isDefined, case let .type(t) = g.value, t.kind == .enumType else { return v }
        guard let i = t.cases.firstIndex(where: { $0.name == e.caseName }) else {
            throw RuntimeError.typeMismatch("type '\(name)' has no member '\(e.caseName)'")
        }
        return .enumCase(EnumCaseValue(type: t, caseIndex: i, payload: try resolvingImplicitPayload(e.payload, t, i)))
    }
}

extension OverloadSet {
    /// The member that fits a call: labels first, then (among equals) declared parameter types
    /// that accept the arguments (`static func * (Scalar, Double)` vs `(Scalar, Scalar)`).
    func select(labels: [String?], argCount: Int, args: Frame? = nil, runtime: Runtime? = nil) -> Function? {
        var candidates: [Function] = []
        var fallback: Function?, anyLabels: Function?
        for m in members {
            switch m.kind {
            case .script:
                let p = unsafeDowncast(m, to: ScriptFunction.self).proto
                let ls = p.params.map { $0.label }
                if ls.count == labels.count && zip(ls, labels).allSatisfy({ $0 == $1 || $1 == trailingClosureLabel }) {
                    candidates.append(m)
                    continue
                }
                let required = p.params.filter { $0.defaultValue == nil && !$0.variadic }.map { $0.label }
                let labelSet = labels.compactMap { $0 }.filter { $0 != trailingClosureLabel }
                if fallback == nil && argCount >= required.count
                    && labelSet.allSatisfy({ l in ls.contains(where: { $0 == l }) })
                    && required.compactMap({ $0 }).allSatisfy({ labelSet.contains($0) }) {
                    fallback = m
                }
            case .native:
                let nf = unsafeDowncast(m, to: NativeFunction.self)
                // A builtin that takes any labels (`derivative(...)`) yields to a script function the
                // call fits, defaults included: a script's declaration shadows the library's, as in Swift.
                if nf.labels == nil { if anyLabels == nil { anyLabels = m } } else if nf.accepts(labels) { candidates.append(m) }
            default:
                if fallback == nil { fallback = m }
            }
        }
        if candidates.count > 1 || anyLabels != nil && !candidates.isEmpty, let args, let runtime {
            for m in candidates where m.kind == .script {
                let p = unsafeDowncast(m, to: ScriptFunction.self).proto
                var ok = true
                for (i, param) in p.params.enumerated() where i < argCount {
                    if let t = param.typeName, !runtime.argument(args[1 + i], fits: t) { ok = false; break }
                }
                if ok { return m }
            }
            // No script function's types fit: a builtin.
            if let native = candidates.first(where: { $0.kind == .native }) ?? anyLabels { return native }
        }
        return candidates.first ?? fallback ?? anyLabels
    }
}

extension Runtime {
    /// Whether an argument fits a declared parameter type well enough to pick an overload.
    func argument(_ v: Value, fits typeName: String) -> Bool {
        switch typeName {
        case "Double", "Float": if case .int = v { return true }; if case .double = v { return true }; return false
        case "Int": if case .int = v { return true }; return false
        case "String": if case .string = v { return true }; return false
        case "Bool": if case .bool = v { return true }; return false
        default:
            switch v {
            case .instance, .native, .enumCase: return valueIs(v, typeName) || typeName.count == 1
            case .int, .double, .string, .bool: return typeName.count == 1 || typeName == "Any"
            default: return true
            }
        }
    }

    static func sameTypes(_ a: Function, _ b: Function) -> Bool {
        guard a.kind == .script, b.kind == .script else { return true }
        let pa = unsafeDowncast(a, to: ScriptFunction.self).proto.params.map { $0.typeName }
        let pb = unsafeDowncast(b, to: ScriptFunction.self).proto.params.map { $0.typeName }
        return pa == pb
    }
}
