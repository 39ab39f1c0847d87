import Foundation
import MimeBundle

/// The global builtin functions: output, input, assertions, math, sequences, identity, help.
enum GlobalFunctions {
    static func install(_ rt: Runtime) {
        installOutput(rt)
        installAssertions(rt)
        installMath(rt)
        installSequences(rt)
        Clock.install(rt)
    }

    static func text(_ args: Arguments, separator: String) throws -> String {
        var parts: [String] = []
        for (i, v) in args.values.enumerated() where args.labels[i] == nil {
            parts.append(try v.describe(debug: false))
        }
        return parts.joined(separator: separator)
    }

    static func installOutput(_ rt: Runtime) {
        rt.defineFunction("print", labels: nil, signature: "print(_ items: Any..., separator: String = \" \", terminator: String = \"\\n\")",
                          doc: "Writes the items' textual representations to standard output.") { args in
            let sep = try args.labeled("separator")?.string() ?? " "
            let term = try args.labeled("terminator")?.string() ?? "\n"
            args.runtime.write(try text(args, separator: sep) + term, to: .stdout)
            return .void
        }
        rt.defineFunction("debugPrint", labels: nil, signature: "debugPrint(_ items: Any..., separator: String = \" \", terminator: String = \"\\n\")",
                          doc: "Writes the items' debug representations (strings quoted) to standard output.") { args in
            let sep = try args.labeled("separator")?.string() ?? " "
            let term = try args.labeled("terminator")?.string() ?? "\n"
            var parts: [String] = []
            for (i, v) in args.values.enumerated() where args.labels[i] == nil { parts.append(try v.describe(debug: true)) }
            args.runtime.write(parts.joined(separator: sep) + term, to: .stdout)
            return .void
        }
        rt.defineFunction("eprint", labels: nil, signature: "eprint(_ items: Any..., separator: String = \" \", terminator: String = \"\\n\")",
                          doc: "Writes the items to standard error.") { args in
            let sep = try args.labeled("separator")?.string() ?? " "
            let term = try args.labeled("terminator")?.string() ?? "\n"
            args.runtime.write(try text(args, separator: sep) + term, to: .stderr)
            return .void
        }
        rt.defineFunction("readLine", labels: nil, signature: "readLine(prompt: String = \"\") -> String?",
                          doc: "Reads a line from standard input (nil at end of input).") { args in
            let prompt = try args.labeled("prompt")?.string() ?? ""
            guard let host = args.runtime.host else { return .null }
            do {
                return try host.readLine(prompt: prompt).map { .str($0) } ?? .null
            } catch let e as RuntimeError where e.kind == .interrupted {
                throw e
            } catch {
                throw RuntimeError(.stdinNotAllowed, "readLine() is not available here: \(error)")
            }
        }
        rt.defineFunction("display", labels: nil, signature: "display(_ value: Any, id: String? = nil, update: Bool = false)",
                          doc: "Shows a value as rich output (graphs, tables, plots) below the cell.") { args in
            let bundle = try args[0].mimeBundle()
            let id = try args.labeled("id").flatMap { $0.isNil ? nil : try $0.string() }
            let update = try args.labeled("update")?.bool() ?? false
            args.runtime.host?.display(bundle, id: id, update: update)
            return .void
        }
        rt.defineFunction("clearOutput", labels: nil, signature: "clearOutput(wait: Bool = false)",
                          doc: "Clears the cell's output.") { args in
            args.runtime.host?.clearOutput(wait: try args.labeled("wait")?.bool() ?? false)
            return .void
        }
        rt.defineFunction("help", labels: [nil], signature: "help(_ value: Any)",
                          doc: "Shows the signature and documentation of a function or type.") { args in
            let text = Inspection.describe(args[0], name: nil)
            args.runtime.host?.page(MimeBundle(plain: text))
            if args.runtime.host == nil { args.runtime.write(text + "\n", to: .stdout) }
            return .void
        }
        rt.defineFunction("type", labels: ["of"], signature: "type(of value: Any) -> Any.Type",
                          doc: "The dynamic type of a value.") { args in
            switch args[0] {
            case let .instance(i): return .type(i.type)
            case let .enumCase(e) where !e.type.isImplicitMembers: return .type(e.type)
            default: return .type(TypeValue(name: args[0].runtimeTypeName, kind: .builtin))
            }
        }
        // Optionals are flattened (a present optional is its value), so wrapping is the identity.
        rt.defineFunction("Optional", labels: [nil], signature: "Optional(_ value: Any) -> Any?",
                          doc: "Wraps a value in an optional.") { args in args[0] }
        let objectIdentifier: (Value) throws -> Value = { v in
            guard let id = v.identity else {
                throw RuntimeError.typeMismatch("ObjectIdentifier needs a class instance, got \(v.typeName)")
            }
            return .objectID(id)
        }
        // `seen.contains(ObjectIdentifier(v))` in every topological sort: called without an argument array.
        rt.defineFunction("ObjectIdentifier", labels: [nil], signature: "ObjectIdentifier(_ x: AnyObject)",
                          doc: "A hashable identity of a class instance.", unary: objectIdentifier) { args in
            try objectIdentifier(args[0])
        }
    }

    static func installAssertions(_ rt: Runtime) {
        for name in ["assert", "precondition"] {
            rt.defineFunction(name, labels: nil, signature: "\(name)(_ condition: Bool, _ message: String = \"\")",
                              doc: "Stops with AssertionFailed if the condition is false.") { args in
                if try !args[0].bool() {
                    let msg = args.count > 1 ? try args[1].describe(debug: false) : ""
                    throw RuntimeError(.assertionFailed, msg.isEmpty ? "\(name) failed" : "\(name) failed: \(msg)")
                }
                return .void
            }
        }
        rt.defineFunction("fatalError", labels: nil, signature: "fatalError(_ message: String = \"\")",
                          doc: "Stops the cell with a FatalError.") { args in
            let msg = args.count > 0 ? try args[0].describe(debug: false) : "fatal error"
            throw RuntimeError(.fatalError, msg)
        }
        rt.defineFunction("assertionFailure", labels: nil, signature: "assertionFailure(_ message: String = \"\")",
                          doc: "Stops with AssertionFailed.") { args in
            throw RuntimeError(.assertionFailed, args.count > 0 ? try args[0].describe(debug: false) : "assertion failed")
        }
    }

    static func installMath(_ rt: Runtime) {
        let unary: [(String, (Double) -> Double, String)] = [
            ("sqrt", { $0.squareRoot() }, "The square root."),
            ("exp", Foundation.exp, "e raised to x."), ("log", Foundation.log, "The natural logarithm."),
            ("log2", Foundation.log2, "The base-2 logarithm."), ("log10", Foundation.log10, "The base-10 logarithm."),
            ("sin", Foundation.sin, "The sine (radians)."), ("cos", Foundation.cos, "The cosine (radians)."),
            ("tan", Foundation.tan, "The tangent."), ("tanh", Foundation.tanh, "The hyperbolic tangent."),
            ("sinh", Foundation.sinh, "The hyperbolic sine."), ("cosh", Foundation.cosh, "The hyperbolic cosine."),
            ("atan", Foundation.atan, "The arc tangent."), ("asin", Foundation.asin, "The arc sine."),
            ("acos", Foundation.acos, "The arc cosine."), ("floor", Foundation.floor, "Rounds down."),
            ("ceil", Foundation.ceil, "Rounds up."), ("round", Foundation.round, "Rounds half away from zero."),
            ("exp2", Foundation.exp2, "2 raised to x."), ("log1p", Foundation.log1p, "log(1 + x)."),
            ("expm1", Foundation.expm1, "exp(x) - 1."), ("fabs", Foundation.fabs, "The absolute value of a Double."),
            ("trunc", Foundation.trunc, "Rounds toward zero."), ("cbrt", Foundation.cbrt, "The cube root."),
        ]
        for (name, f, doc) in unary {
            rt.defineFunction(name, labels: [nil], signature: "\(name)(_ x: Double) -> Double", doc: doc) { args in
                if case .native = args[0] { return try args.runtime.callNativeMath(name, args[0]) }
                return .double(f(try args.double(0)))
            }
        }
        rt.defineFunction("pow", labels: [nil, nil], signature: "pow(_ x: Double, _ y: Double) -> Double",
                          doc: "x raised to the power y.") { args in
            switch (args[0], args[1]) {
            case (.native, _), (_, .native): return try Operators.power(args[0], args[1], args.runtime)
            default: break
            }
            return .double(Foundation.pow(try args.double(0), try args.double(1)))
        }
        let binary: [(String, (Double, Double) -> Double, String, String)] = [
            ("atan2", Foundation.atan2, "_ y: Double, _ x: Double", "The angle of the point (x, y)."),
            ("fmod", Foundation.fmod, "_ x: Double, _ y: Double", "The remainder of x / y, truncated (the sign of x)."),
            ("hypot", Foundation.hypot, "_ x: Double, _ y: Double", "The length of the hypotenuse, sqrt(x² + y²)."),
        ]
        for (name, f, parameters, doc) in binary {
            rt.defineFunction(name, labels: [nil, nil], signature: "\(name)(\(parameters)) -> Double", doc: doc) { args in
                .double(f(try args.double(0), try args.double(1)))
            }
        }
        rt.defineFunction("abs", labels: [nil], signature: "abs(_ x: Number) -> Number", doc: "The absolute value.") { args in
            switch args[0] {
            case let .int(i):
                if i == Int.min { throw RuntimeError(.overflow, "abs(Int.min) does not fit in Int") }
                return .int(Swift.abs(i))
            case let .double(d): return .double(Swift.abs(d))
            case .native: return try args.runtime.callNativeMath("abs", args[0])
            default: throw RuntimeError.typeMismatch("abs needs a number, got \(args[0].typeName)")
            }
        }
        for (name, pickFirst) in [("min", true), ("max", false)] {
            rt.defineFunction(name, labels: nil, signature: "\(name)(_ a: T, _ b: T, _ rest: T...) -> T",
                              doc: "The \(pickFirst ? "smallest" : "largest") of the arguments.") { args in
                var items = args.values
                if items.count == 1, case let .array(a) = items[0] { items = a.items }
                guard var best = items.first else { throw RuntimeError.typeMismatch("\(name) needs arguments") }
                // As Swift's: min takes a later argument only if it is smaller, max whenever it is not
                // smaller (`max(0.0, -0.0)` is -0.0, `min(-0.0, 0.0)` is -0.0; a NaN first stays).
                for v in items.dropFirst() {
                    let better = pickFirst ? try Operators.less(v, best, args.runtime) : try Operators.lessEqual(best, v, args.runtime)
                    if better { best = v }
                }
                if items.contains(where: { if case .double = $0 { return true } else { return false } }), case let .int(i) = best {
                    return .double(Double(i))
                }
                return best
            }
        }
    }

    static func installSequences(_ rt: Runtime) {
        // The compiler exchanges the two places (see `compileSwap`); this is what `swap` is as a value.
        rt.defineFunction("swap", labels: [nil, nil], signature: "swap(_ a: inout T, _ b: inout T)",
                          doc: "Exchanges the values of two variables: swap(&a, &b).") { _ in
            throw RuntimeError.typeMismatch("swap must be called directly as swap(&a, &b)")
        }
        rt.defineFunction("zip", labels: [nil, nil], signature: "zip(_ a: Sequence, _ b: Sequence) -> [(A, B)]",
                          doc: "Pairs the elements of two sequences (as long as the shorter).") { args in
            // A one-sided range (`zip(names, 1...)`) counts as far as the other sequence goes.
            let rt = args.runtime
            let a = try Sequences.isUnbounded(args[0]) ? nil : Sequences.elements(args[0], rt)
            let b = try Sequences.isUnbounded(args[1]) ? nil : Sequences.elements(args[1], rt)
            let n = a?.count ?? b?.count ?? Int.max
            let left = try a ?? Sequences.counting(from: args[0], n), right = try b ?? Sequences.counting(from: args[1], n)
            return .arr(zip(left, right).map { .tuple([$0, $1]) })
        }
        rt.defineFunction("stride", labels: ["from", "to", "by"], signature: "stride(from: T, to: T, by: T) -> [T]",
                          doc: "The values from `from` up to (not including) `to`, stepping `by`.") { args in
            try Sequences.stride(args[0], args[1], args[2], closed: false)
        }
        rt.defineFunction("stride", labels: ["from", "through", "by"], signature: "stride(from: T, through: T, by: T) -> [T]",
                          doc: "The values from `from` up to and including `through`, stepping `by`.") { args in
            try Sequences.stride(args[0], args[1], args[2], closed: true)
        }
        rt.defineFunction("repeatElement", labels: [nil, "count"], signature: "repeatElement(_ x: T, count: Int) -> [T]",
                          doc: "An array repeating x.") { args in
            try Sequences.repeated(args[0], count: try args.int(1), "repeatElement(_:count:)")
        }
    }
}

extension Runtime {
    /// Writes script output to the host (or standard output when there is none).
    public func write(_ text: String, to stream: OutputStreamName) {
        if let host { host.write(text, to: stream) } else {
            FileHandle(fileDescriptor: stream == .stdout ? 1 : 2).write(text.data(using: .utf8)!)
        }
    }

    /// `sqrt(v)`, `exp(v)`... on a native value: its method of that name (e.g. the engine's `Value`).
    func callNativeMath(_ name: String, _ v: Value) throws -> Value {
        guard case let .native(n) = v, let m = n.type.methods[name] else {
            throw RuntimeError.typeMismatch("\(name) cannot be applied to \(v.typeName)")
        }
        return try m.body(n, Arguments([], labels: [], runtime: self, receiver: v))
    }
}

extension Value {
    /// The rich display of a value: a native MimeRepresentable's bundle, else its text.
    public func mimeBundle() throws -> MimeBundle {
        if case let .native(n) = self {
            if let f = n.type.mimeBundle, let b = f(n) { return b }
            if let m = n.anyPayload as? MimeRepresentable { return m.mimeBundle }
        }
        return MimeBundle(plain: try describe(debug: true))
    }
}
