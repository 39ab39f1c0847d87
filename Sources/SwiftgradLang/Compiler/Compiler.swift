/// A compiled expression: evaluates in a frame.
typealias Eval = (Frame) throws -> Value
/// A compiled statement: runs in a frame and says how control leaves it.
typealias Exec = (Frame) throws -> Flow

/// Closures held in a struct (arrays of bare closures go through reabstraction thunks).
struct CompiledExpr { let run: Eval }

extension Array where Element == CompiledExpr {
    /// The values of the expressions, in order. An index loop: `for ev in evs` copied each compiled
    /// closure out of the array, a retain and a release of its context (atomic operations; 1.3M of
    /// them for the array literals of the Scalar program, callgrind).
    @inline(__always) func values(_ f: Frame) throws -> [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        var i = 0
        while i < count { out.append(try self[i].run(f)); i += 1 }
        return out
    }
}
struct CompiledCondition { let run: (Frame) throws -> Bool }
struct CompiledStmt {
    let run: Exec
    /// The source line a runtime error in `run` is reported at (0: leave the error as it is).
    var line = 0
}

/// A compile-time error (reported like a runtime error, before anything in the cell runs).
struct CompileError: Error {
    var kind: ErrorKind
    var message: String
    var line: Int
}

/// A local variable: a frame slot, boxed when closures capture it by reference.
struct Local {
    var slot: Int
    var boxed: Bool
    var isLet: Bool
    var coercion: Coercion
    var typeName: String?
    /// The declared type (gives assigned literals and called closures' arguments their context).
    var type: TypeRef? = nil
}

/// What the compiler knows about the type whose method it compiles (for implicit `self.`).
struct SelfTypeInfo {
    var name: String
    var members: Set<String>
    var isStruct: Bool
    var isStatic: Bool
    /// Stored properties with `willSet`/`didSet`: the type's own initializers store them directly.
    var observed: Set<String> = []
}

/// The function being compiled: its block scopes, slots and captures.
final class FunctionContext {
    let parent: FunctionContext?
    let name: String
    /// The cell's top level: declarations in its outermost scope are globals.
    let isTopLevel: Bool
    var scopes: [[String: Local]] = [[:]]
    var nextSlot = 1
    var captures: [(name: String, parentLocal: Local, local: Local)] = []
    /// Names nested closures refer to (a `var` with such a name is boxed).
    var capturedNames: Set<String>
    var selfType: SelfTypeInfo?
    var isMutating = false
    /// Loop labels in scope, innermost last (nil for unlabeled loops).
    var loopLabels: [String?] = []
    /// Shorthand parameter slots (`$0`...) of a closure without a signature.
    var shorthandSlots: [Int] = []
    /// The declared result type (the context of `return` expressions).
    var returnType: TypeRef?

    init(parent: FunctionContext?, name: String, isTopLevel: Bool, body: [Stmt]) {
        self.parent = parent
        self.name = name
        self.isTopLevel = isTopLevel
        self.capturedNames = CapturedNames.inNestedFunctions(of: body)
    }

    var frameSize: Int { nextSlot }

    func allocSlot() -> Int {
        let s = nextSlot
        nextSlot += 1
        return s
    }

    func findLocal(_ name: String) -> Local? {
        for scope in scopes.reversed() { if let l = scope[name] { return l } }
        if let c = captures.first(where: { $0.name == name }) { return c.local }
        return nil
    }

    /// Whether a global declaration happens here (outermost scope of a cell).
    var declaresGlobals: Bool { isTopLevel && scopes.count == 1 }
}

/// Compiles a cell's syntax tree into Swift closures. Names are resolved here, once: locals to frame
/// slots, captured variables to boxes copied into the closure, globals to their `GlobalCell`.
final class Compiler {
    unowned let rt: Runtime
    let cellName: String
    var fn: FunctionContext
    var currentLine = 0
    /// Types declared earlier in this cell (not defined until the cell runs): their kind and the
    /// instance member names, so a later class can inherit from them and use implicit `self.`.
    var cellTypes: [String: (kind: TypeKind, members: Set<String>)] = [:]
    /// Per type declared in this cell, its stored properties' declared types (see `fieldType`).
    var cellFieldTypes: [String: [String: TypeRef]] = [:]
    /// Type aliases declared earlier in this cell (`Runtime.typeAliases` has earlier cells').
    var cellTypeAliases: [String: TypeRef] = [:]
    /// Set while compiling a call that is a whole statement: its result is thrown away, so
    /// `seen.insert(x)` need not build its `(inserted:memberAfterInsert:)` tuple.
    var callResultDiscarded = false
    /// Declared types of globals declared earlier in this cell (not in their cells until it runs).
    var cellGlobalTypes: [String: TypeRef] = [:]
    /// The declared result types of this cell's global functions, by name (several for overloads).
    var cellFunctionResults: [String: [TypeRef?]] = [:]
    /// This cell's generic script types: their generic parameter names and their methods' parameter
    /// types (`Stack<Double>().push(1)` passes `1.0`: `Element` is `Double` there).
    var cellGenericTypes: [String: (parameters: [String], methods: [String: [TypeRef?]])] = [:]
    /// How many switch case bodies enclose the statement being compiled (`fallthrough` needs one).
    var switchCaseNesting = 0
    /// Signatures of this cell's global functions in the typed tier (Compiler/Typed), known before
    /// any is compiled (`TypedCompiler.cellSignatures`).
    var typedSignatures: [String: TypedSignature] = [:]
    /// Protocols declared earlier in this cell and the protocols they refine (for implicit `self.`).
    var protocolRefinements: [String: [String]] = [:]

    init(rt: Runtime, cellName: String, body: [Stmt]) {
        self.rt = rt
        self.cellName = cellName
        self.fn = FunctionContext(parent: nil, name: "<top level>", isTopLevel: true, body: body)
    }

    func error(_ message: String, kind: ErrorKind = .compileError) -> CompileError {
        CompileError(kind: kind, message: message, line: currentLine)
    }

    // MARK: Scopes

    func pushScope() { fn.scopes.append([:]) }
    func popScope() { fn.scopes.removeLast() }

    /// Declares a local in the current scope.
    func declareLocal(_ name: String, isLet: Bool, coercion: Coercion = .none, typeName: String? = nil, type: TypeRef? = nil) -> Local {
        let boxed = !isLet && fn.capturedNames.contains(name)
        let l = Local(slot: fn.allocSlot(), boxed: boxed, isLet: isLet, coercion: coercion, typeName: typeName, type: type)
        fn.scopes[fn.scopes.count - 1][name] = l
        return l
    }

    /// How a name resolves.
    enum NameRef {
        case local(Local)
        case global(GlobalCell)
        case selfMember(String)
    }

    func resolve(_ name: String) -> NameRef {
        if let l = lookupLocal(name, in: fn) { return .local(l) }
        if name != "self", let info = selfTypeInScope(), info.members.contains(name) { return .selfMember(name) }
        return .global(rt.globalCell(name))
    }

    /// The nearest enclosing method's type (closures inside methods see it too).
    func selfTypeInScope() -> SelfTypeInfo? {
        var c: FunctionContext? = fn
        while let x = c {
            if let t = x.selfType { return t }
            c = x.parent
        }
        return nil
    }

    /// Finds a local here or in an enclosing function (then captures it into every function between).
    func lookupLocal(_ name: String, in ctx: FunctionContext) -> Local? {
        if let l = ctx.findLocal(name) { return l }
        guard let parent = ctx.parent, let outer = lookupLocal(name, in: parent) else { return nil }
        let l = Local(slot: ctx.allocSlot(), boxed: outer.boxed, isLet: outer.isLet, coercion: outer.coercion, typeName: outer.typeName, type: outer.type)
        ctx.captures.append((name, outer, l))
        return l
    }

    // MARK: Entry

    /// Compiles a cell: the body runs in a frame of `frameSize` slots; `result` is the value of a
    /// final expression statement.
    func compileCell(_ body: [Stmt]) throws -> (run: Exec, frameSize: () -> Int, resultSlot: Int?) {
        var stmts: [CompiledStmt] = []
        var resultSlot: Int?
        typedSignatures = TypedCompiler.cellSignatures(body, rt: rt)
        for (i, s) in body.enumerated() {
            if i == body.count - 1, case let .expression(e) = s.kind, producesValue(e) {
                let slot = fn.allocSlot()
                resultSlot = slot
                currentLine = s.location.line
                let ev = try compileExpr(e)
                let line = s.location.line
                stmts.append(CompiledStmt(run: { f in f[slot] = try ev(f); return .normal }, line: line))
            } else {
                stmts.append(try compileStmtWithLine(s))
            }
        }
        let block = Compiler.block(stmts)
        let ctx = fn
        return (block, { ctx.frameSize }, resultSlot)
    }

    /// Whether a final expression statement shows a result (assignments do not).
    func producesValue(_ e: Expr) -> Bool {
        if case .assign = e.kind { return false }
        return true
    }

    /// Runs statements in order, stopping at the first that leaves the block. A runtime error is
    /// given the line of the statement it came from (here rather than in a wrapper closure per
    /// statement, which would cost every statement an extra call).
    static func block(_ stmts: [CompiledStmt]) -> Exec {
        switch stmts.count {
        case 0: return { _ in .normal }
        case 1:
            let a = stmts[0].run, la = stmts[0].line
            if la == 0 { return a }
            return { f in
                do { return try a(f) } catch { throw annotated(error, la) }
            }
        case 2:
            let a = stmts[0].run, b = stmts[1].run, la = stmts[0].line, lb = stmts[1].line
            return { f in
                let r: Flow
                do { r = try a(f) } catch { throw annotated(error, la) }
                if case .normal = r {
                    do { return try b(f) } catch { throw annotated(error, lb) }
                }
                return r
            }
        default:
            return { f in
                for s in stmts {
                    let r: Flow
                    do { r = try s.run(f) } catch { throw annotated(error, s.line) }
                    if case .normal = r { continue }
                    return r
                }
                return .normal
            }
        }
    }

    /// A runtime error first seen at `line` (an error from deeper statements keeps its line).
    @inline(never) static func annotated(_ error: Error, _ line: Int) -> Error {
        guard line > 0, var e = error as? RuntimeError else { return error }
        if e.pendingLine == nil { e.pendingLine = line }
        return e
    }
}
