/// Protocols at run time: a protocol is a type value whose extensions hold default methods and
/// computed properties. A conforming type (or one of its superclasses) finds them when it has no
/// member of its own by that name; a protocol refining another inherits the other's defaults.
extension TypeValue {
    /// The first default `find` gives in the protocols of this type and its superclasses.
    func protocolDefault<T>(_ find: (TypeValue) -> T?) -> T? {
        var t: TypeValue? = self
        var seen: Set<ObjectIdentifier> = []
        while let c = t {
            for p in c.protocols {
                if let found = p.inProtocol(find, &seen) { return found }
            }
            t = c.superclass
        }
        return nil
    }

    private func inProtocol<T>(_ find: (TypeValue) -> T?, _ seen: inout Set<ObjectIdentifier>) -> T? {
        guard seen.insert(ObjectIdentifier(self)).inserted else { return nil }
        if let found = find(self) { return found }
        for p in protocols {
            if let found = p.inProtocol(find, &seen) { return found }
        }
        return nil
    }

    /// Whether this type is, inherits from or conforms to `name` (`x is Shape`).
    func conforms(to name: String) -> Bool {
        var t: TypeValue? = self
        while let c = t {
            if c.name == name || c.protocols.contains(where: { $0.conforms(to: name) }) { return true }
            t = c.superclass
        }
        return false
    }
}

extension Runtime {
    /// The type a builtin or native value's extensions are stored on (`extension Double`, `extension Value`).
    func extensionType(for v: Value) -> TypeValue? {
        let typeName: String
        switch v {
        case .array: typeName = "Array"
        case .string: typeName = "String"
        case .int: typeName = "Int"
        case .double: typeName = "Double"
        case .dict: typeName = "Dictionary"
        case .set: typeName = "Set"
        case .bool: typeName = "Bool"
        case let .native(n): typeName = n.type.name
        default: return nil
        }
        guard let g = globals[typeName], g.isDefined, case let .type(t) = g.value else { return nil }
        return t
    }

    /// Methods scripts added to builtin and native types with `extension Array { ... }` (or that a
    /// protocol they were made to conform to provides).
    func extensionMethod(for v: Value, _ name: String) -> Function? {
        extensionType(for: v)?.method(name)
    }

    /// A computed property added by an extension of a builtin or native type (`extension Double { var squared: Double {...} }`).
    func extensionComputed(for v: Value, _ name: String) -> ComputedProperty? {
        extensionType(for: v)?.computedProperty(name)
    }
}
