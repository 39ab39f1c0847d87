/// Swift's `Result`: an enum with `.success(value)` and `.failure(error)`; `get()` returns the value or
/// throws the error, `map` transforms a success. (Native methods read the type from their receiver,
/// so nothing here keeps the type alive in a cycle.)
enum ResultType {
    static func install(_ rt: Runtime) {
        let t = TypeValue(name: "Result", kind: .enumType)
        t.userDoc = "Either a success or a failure: `.success(value)`, `.failure(error)`. `get()` returns the value or throws the error."
        t.cases = ["success", "failure"].map { EnumCaseInfo(name: $0, rawValue: .null, payloadLabels: [nil], payloadTypes: [nil]) }
        t.methods["get"] = NativeFunction(name: "get", labels: [], signature: "get() throws -> Success",
                                          doc: "The success value, or the failure thrown as an error.") { args in
            let (e, payload) = try receiver(args)
            if e.caseIndex == 0 { return payload }
            throw RuntimeError(.error, try payload.describe(debug: false))
        }
        t.methods["map"] = NativeFunction(name: "map", labels: [nil], signature: "map(_ transform: (Success) -> T) -> Result",
                                          doc: "A success transformed by the closure; a failure as it is.") { args in
            let (e, payload) = try receiver(args)
            guard e.caseIndex == 0 else { return .enumCase(e) }
            return .enumCase(EnumCaseValue(type: e.type, caseIndex: 0, payload: [try args.runtime.call(args[0], [payload])]))
        }
        rt.defineType(t)
    }

    private static func receiver(_ args: Arguments) throws -> (EnumCaseValue, Value) {
        guard case let .enumCase(e)? = args.receiver, e.payload.count == 1 else {
            throw RuntimeError.typeMismatch("expected a Result")
        }
        return (e, e.payload[0])
    }
}
