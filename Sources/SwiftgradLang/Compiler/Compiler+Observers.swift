/// Property observers: `var x = 0 { willSet { ... } didSet { ... } }` on a class or struct. The stored
/// value sits under a hidden key (the field keeps its name for the memberwise initializer and for
/// printing), and `x` becomes a computed property whose setter runs `willSet`, stores, then `didSet`.
/// As in Swift, initializers do not run the observers, and assigning the property inside its own
/// observer stores without observing again.
struct PropertyObservers {
    var willSet: (FunctionProto, [Int])?
    var didSet: (FunctionProto, [Int])?

    static func hiddenKey(_ name: String) -> String { "\u{0}observed \(name)" }

    /// The computed property standing for the observed field `key` of `t`.
    func property(_ t: TypeValue, key: String, _ f: Frame, _ rt: Runtime) throws -> ComputedProperty {
        func function(_ compiled: (FunctionProto, [Int])?) throws -> Function? {
            guard let (p, c) = compiled, case let .function(fnv) = try Compiler.makeClosure(p, c)(f) else { return nil }
            return fnv
        }
        let will = try function(willSet), did = try function(didSet)
        let name = String(key.dropFirst(PropertyObservers.hiddenKey("").count))
        /// Instances whose observers are running (an assignment inside them just stores).
        let observing = ObservingSet()
        let getter = NativeFunction(name: name, labels: []) { args in
            guard case let .instance(inst) = args.receiver, let i = inst.type.fieldIndex[key] else {
                throw RuntimeError.typeMismatch("'\(name)' is a property of '\(t.name)'")
            }
            return inst.fields[i]
        }
        let setter = NativeFunction(name: name, labels: [nil]) { args in
            guard let receiver = args.receiver, case let .instance(inst) = receiver, let i = inst.type.fieldIndex[key] else {
                throw RuntimeError.typeMismatch("'\(name)' is a property of '\(t.name)'")
            }
            let newValue = try rt.coerce(args[0], inst.type.fields[i].coercion, what: "property '\(name)'")
            let id = ObjectIdentifier(inst)
            if observing.ids.contains(id) { inst.fields[i] = newValue; return .void }
            observing.ids.insert(id)
            defer { observing.ids.remove(id) }
            if let will { try PropertyObservers.run(will, newValue, on: inst, rt) }
            let old = inst.fields[i]
            inst.fields[i] = newValue
            if let did { try PropertyObservers.run(did, old, on: inst, rt) }
            return .void
        }
        return ComputedProperty(getter: getter, setter: setter)
    }
}

extension PropertyObservers {
    /// Runs an observer on `inst`. In a struct the observer is mutating: what it changes in `self`
    /// (`didSet { changes += 1 }`) is copied back into the instance being assigned.
    static func run(_ observer: Function, _ value: Value, on inst: Instance, _ rt: Runtime) throws {
        guard inst.isStruct else { _ = try rt.call(.function(observer), [value], receiver: .instance(inst)); return }
        var receiver = Value.instance(inst)
        try rt.callMutating(observer, [value], receiver: &receiver)
        if case let .instance(changed) = receiver, changed !== inst {
            for k in 0..<min(inst.fieldCount, changed.fieldCount) { inst.fields[k] = changed.fields[k] }
        }
    }
}

final class ObservingSet { var ids: Set<ObjectIdentifier> = [] }

extension Compiler {
    func compileObservers(_ acc: PropertyAccessors, _ b: VarBinding, _ info: SelfTypeInfo, isStruct: Bool) throws -> PropertyObservers {
        func observer(_ a: Accessor?, _ which: String) throws -> (FunctionProto, [Int])? {
            guard let a else { return nil }
            let param = FuncParam(label: nil, name: a.parameterName, type: b.type, location: b.location)
            return try compileFunction(FunctionShape(name: which, params: [param], returnType: nil, body: a.body, hasSelf: true,
                                                     selfType: info, isMutating: isStruct, line: b.location.line))
        }
        return PropertyObservers(willSet: try observer(acc.willSet, "willSet"), didSet: try observer(acc.didSet, "didSet"))
    }
}
