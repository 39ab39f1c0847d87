/// `protocol P { ... }` and conformances. A protocol becomes a type value (so `extension P { ... }`
/// can give it default methods and computed properties); its requirements are only names here
/// (for implicit `self.` in its extensions) — conformance is not checked.
extension Compiler {
    func compileProtocolDecl(_ d: TypeDecl) throws -> Exec {
        var requirements: Set<String> = []
        for m in d.members {
            switch m.kind {
            case let .variable(v) where !v.isStatic: for b in v.bindings { if let n = b.name { requirements.insert(n) } }
            case let .function(f) where !f.isStatic && !f.isOperator: requirements.insert(f.name)
            default: break
            }
        }
        for p in d.inherited where existingKind(p.name ?? "") == .protocolType { requirements.formUnion(existingMembers(p.name ?? "")) }
        cellTypes[d.name] = (.protocolType, requirements)
        protocolRefinements[d.name] = d.inherited.compactMap { $0.name }.filter { existingKind($0) == .protocolType }
        let rt = self.rt, name = d.name, doc = d.doc
        let refined = conformanceCells(d)
        return { _ in
            let t = TypeValue(name: name, kind: .protocolType)
            t.userDoc = doc
            t.memberNames = requirements
            Compiler.addConformances(refined, to: t)
            rt.defineType(t)
            return .normal
        }
    }

    /// The global cells of the names a declaration inherits from (only protocols count, when it runs).
    func conformanceCells(_ d: TypeDecl) -> [GlobalCell] {
        d.inherited.compactMap { $0.name }.filter { $0 != d.name }.map { rt.globalCell($0) }
    }

    static func addConformances(_ cells: [GlobalCell], to t: TypeValue) {
        for cell in cells where cell.isDefined {
            guard case let .type(p) = cell.value, p.kind == .protocolType, p !== t,
                  !t.protocols.contains(where: { $0 === p }) else { continue }
            t.protocols.append(p)
        }
    }
}
