/// `lazy var items: [Int] = { ... }()`: the stored value sits under a hidden key, holding `()` until the
/// property is first read; then its initializer runs with `self` in scope and the value is stored.
enum LazyProperty {
    static func hiddenKey(_ name: String) -> String { "\u{0}lazy \(name)" }

    static func property(_ t: TypeValue, name: String, key: String, initializer: (FunctionProto, [Int]),
                         _ f: Frame, _ rt: Runtime) throws -> ComputedProperty {
        guard case let .function(compute) = try Compiler.makeClosure(initializer.0, initializer.1)(f) else {
            throw RuntimeError.typeMismatch("lazy property '\(name)' has no initializer")
        }
        func field(_ receiver: Value?) throws -> (Instance, Int) {
            guard let receiver, case let .instance(inst) = receiver, let i = inst.type.fieldIndex[key] else {
                throw RuntimeError.typeMismatch("'\(name)' is a property of '\(t.name)'")
            }
            return (inst, i)
        }
        let getter = NativeFunction(name: name, labels: []) { args in
            let (inst, i) = try field(args.receiver)
            if case .void = inst.fields[i] {
                let v = try rt.call(.function(compute), [], receiver: .instance(inst))
                inst.fields[i] = try rt.coerce(v, inst.type.fields[i].coercion, what: "property '\(name)'")
            }
            return inst.fields[i]
        }
        let setter = NativeFunction(name: name, labels: [nil]) { args in
            let (inst, i) = try field(args.receiver)
            inst.fields[i] = try rt.coerce(args[0], inst.type.fields[i].coercion, what: "property '\(name)'")
            return .void
        }
        return ComputedProperty(getter: getter, setter: setter)
    }
}
