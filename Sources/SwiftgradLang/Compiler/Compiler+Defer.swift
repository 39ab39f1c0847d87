/// `defer { ... }`: the statements after it in its block run, then the deferred body — also when they
/// leave the block by `return`, `break`, `continue` or an error. Several defers run last-first
/// (each wraps the statements that follow it).
extension Compiler {
    /// A block's statements, with each `defer` wrapping the rest of the block.
    func compileStatementList(_ body: [Stmt]) throws -> [CompiledStmt] {
        var out: [CompiledStmt] = []
        for (i, s) in body.enumerated() {
            guard case let .deferStmt(deferred) = s.kind else {
                out.append(try compileStmtWithLine(s))
                continue
            }
            currentLine = s.location.line
            let deferredB = try compileBlock(deferred)
            let rest = Compiler.block(try compileStatementList(Array(body[(i + 1)...])))
            let rt = self.rt
            out.append(CompiledStmt(run: { f in
                let r: Flow
                do { r = try rest(f) } catch {
                    try Compiler.runDeferred(deferredB, f, rt)
                    throw error
                }
                try Compiler.runDeferred(deferredB, f, rt)
                return r
            }, line: 0))
            break
        }
        return out
    }

    /// Runs a deferred body, keeping the pending return value and `break` label of the block it ends.
    static func runDeferred(_ body: Exec, _ f: Frame, _ rt: Runtime) throws {
        let returnValue = rt.returnValue, label = rt.flowLabel
        _ = try body(f)
        rt.returnValue = returnValue
        rt.flowLabel = label
    }
}
