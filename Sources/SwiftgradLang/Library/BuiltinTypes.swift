import Foundation

/// The builtin types as values: `Int`, `Double`, `String`, `Bool`, `Array`, `Dictionary`, `Set`
/// with their initializers (`Double(x)`, `Array(repeating:count:)`, `String(format:)`) and static
/// members (`Int.max`, `Double.pi`, `Double.random(in:)`).
enum BuiltinTypes {
    static func install(_ rt: Runtime) {
        let int = type("Int", doc: "A 64-bit signed integer. Overflow is an error.") { args in
            if args.count == 0 { return .int(0) }
            if let converted = try FixedWidthIntegerTypes.intConversion(args) { return converted }
            if args.labels.first == "exactly" {
                // `Int(exactly: 2.5)` is nil: only a whole number in range converts.
                switch args[0] {
                case .int: return args[0]
                case let .double(d): return Int(exactly: d).map { .int($0) } ?? .null
                default: throw RuntimeError.typeMismatch("Int(exactly:) needs a number, got \(args[0].typeName)")
                }
            }
            switch args[0] {
            case let .int(i): return .int(i)
            case let .double(d):
                guard d.isFinite, d > -9.223372036854775808e18, d < 9.223372036854775808e18 else {
                    throw RuntimeError(.overflow, "\(d) cannot be converted to Int")
                }
                return .int(Int(d))
            case let .string(s):
                if let radix = try args.labeled("radix")?.int() { return Int(s.value, radix: try validRadix(radix)).map { .int($0) } ?? .null }
                return Int(s.value).map { .int($0) } ?? .null  // as Swift: no spaces around the digits
            case let .bool(b): return .int(b ? 1 : 0)
            default: throw RuntimeError.typeMismatch("cannot convert \(args[0].typeName) to Int")
            }
        }
        for (k, v) in Runtime.intStatics { int.staticMembers[k] = v }
        int.staticMembers["random"] = .function(NativeFunction(name: "random", labels: ["in"], signature: "Int.random(in: Range<Int>) -> Int") { args in
            guard case let .range(r) = args[0], case let .int(lo) = r.lower, case let .int(hi) = r.upper,
                  r.closed ? lo <= hi : lo < hi else {
                throw RuntimeError(.invalidArgument, "Int.random(in:) needs a non-empty Int range")
            }
            // The span as unsigned bits: Int.min...Int.max has 2^64 values, more than an Int counts.
            let span = UInt64(bitPattern: Int64(hi &- lo))
            let bits = args.runtime.randomBits
            let offset = r.closed && span == UInt64.max ? bits() : bits() % (r.closed ? span + 1 : span)
            return .int(lo &+ Int(truncatingIfNeeded: offset))
        })
        let double = type("Double", doc: "A 64-bit floating-point number.") { args in
            if args.count == 0 { return .double(0) }
            if args.labels.first == "exactly", case let .int(i) = args[0] { return Double(exactly: i).map { .double($0) } ?? .null }
            switch args[0] {
            case let .int(i): return .double(Double(i))
            case let .double(d): return .double(d)
            case let .string(s): return Double(s.value).map { .double($0) } ?? .null
            case .native where args[0].fixedInt != nil: return .double(args[0].fixedInt!.asDouble)
            case .native: return try args.runtime.callNativeMath("data", args[0])
            default: throw RuntimeError.typeMismatch("cannot convert \(args[0].typeName) to Double")
            }
        }
        for (k, v) in Runtime.doubleStatics { double.staticMembers[k] = v }
        double.staticMembers["random"] = .function(NativeFunction(name: "random", labels: ["in"], signature: "Double.random(in: ClosedRange<Double>) -> Double") { args in
            guard case let .range(r) = args[0] else { throw RuntimeError(.invalidArgument, "Double.random(in:) needs a range") }
            let lo = try r.lower.double(), hi = try r.upper.double()
            return .double(lo + (hi - lo) * args.runtime.randomDouble())
        })
        rt.defineType(double)
        rt.defineGlobal("Float", .type(double), isLet: true)
        rt.defineGlobal("CGFloat", .type(double), isLet: true)
        rt.defineType(int)
        let string = type("String", doc: "Text. Interpolate values with \\(x).") { args in
            if args.count == 0 { return .str("") }
            if let bytes = args.labeled("decoding") { return try UnicodeTypes.decode(bytes, as: args.labeled("as"), args.runtime) }
            if let f = args.labeled("format") {
                return .str(try StringMembers.format(try f.string(), Array(args.values.dropFirst())))
            }
            if let r = args.labeled("repeating") {
                let n = try args.labeled("count")?.int() ?? 0
                guard n >= 0 else { throw RuntimeError(.invalidArgument, "count must not be negative") }
                let unit = try r.string()
                try Limits.check(Limits.product(n, unit.unicodeScalars.count), "String(repeating:count:)")
                return .str(String(repeating: unit, count: n))
            }
            if let radix = try args.labeled("radix")?.int() {
                let uppercase = try args.labeled("uppercase")?.bool() ?? false
                if let n = args[0].fixedInt { return .str(String(n.value, radix: try validRadix(radix), uppercase: uppercase)) }
                return .str(String(try args.int(0), radix: try validRadix(radix), uppercase: uppercase))
            }
            if case let .array(a) = args[0] { return .str(try a.items.map { try $0.string() }.joined()) }
            return .str(try args[0].describe(debug: false))
        }
        rt.defineType(string)
        rt.defineGlobal("Character", .type(string), isLet: true)
        rt.defineGlobal("Substring", .type(string), isLet: true)
        let bool = type("Bool", doc: "true or false.") { args in
            if args.count == 0 { return .bool(false) }
            switch args[0] {
            case .bool: return args[0]
            case let .string(s): return s.value == "true" ? .bool(true) : (s.value == "false" ? .bool(false) : .null)
            default: throw RuntimeError.typeMismatch("cannot convert \(args[0].typeName) to Bool")
            }
        }
        bool.staticMembers["random"] = .function(NativeFunction(name: "random", labels: [], signature: "Bool.random() -> Bool") { args in
            .bool(args.runtime.randomBits() & 1 == 1)
        })
        rt.defineType(bool)
        rt.defineType(type("Array", doc: "An ordered collection with value semantics.") { args in
            if args.count == 0 { return .arr([]) }
            if let r = args.labeled("repeating") {
                return try Sequences.repeated(r, count: try args.labeled("count")?.int() ?? 0, "Array(repeating:count:)")
            }
            return .arr(try Sequences.elements(args[0], args.runtime))
        })
        rt.defineType(type("Set", doc: "An unordered collection of unique elements (shown in insertion order).") { args in
            let s = SetRef()
            if args.count > 0 { for v in try Sequences.elements(args[0], args.runtime) { s.insert(v) } }
            return .set(s)
        })
        rt.defineType(type("Dictionary", doc: "Keys mapped to values (insertion-ordered).") { args in
            let d = DictRef()
            if let seq = args.labeled("grouping") {
                // `Dictionary(grouping: xs, by: key)`: each key's elements, in order.
                let key = args.labeled("by") ?? args[1]
                for v in try Sequences.elements(seq, args.runtime) {
                    let k = try args.runtime.call(key, [v])
                    let group = d[k].flatMap { $0.asArray } ?? []
                    d.set(k, .arr(group + [v]))
                }
                return .dict(d)
            }
            if let pairs = args.labeled("uniqueKeysWithValues") {
                for p in try Sequences.elements(pairs, args.runtime) {
                    let kv = try p.array()
                    guard kv.count == 2 else { throw RuntimeError.typeMismatch("expected (key, value) pairs") }
                    // Swift stops the program on a repeated key (uniquingKeysWith: says what to do instead).
                    guard d[kv[0]] == nil else {
                        throw RuntimeError(.invalidArgument, "Dictionary(uniqueKeysWithValues:) got the key \(try kv[0].describe(debug: true)) twice")
                    }
                    d.set(kv[0], kv[1])
                }
            }
            if let combine = args.labeled("uniquingKeysWith"), (args.labels.first ?? nil) == nil {
                try CollectionMembers.merge(try CollectionMembers.mergeEntries(args[0], args.runtime), into: d, combine, args.runtime)
            }
            return .dict(d)
        })
    }

    /// Swift traps on a radix outside 2...36; here it is an error.
    static func validRadix(_ radix: Int) throws -> Int {
        guard (2...36).contains(radix) else { throw RuntimeError(.invalidArgument, "radix must be between 2 and 36, got \(radix)") }
        return radix
    }

    static func type(_ name: String, doc: String, _ ctor: @escaping (Arguments) throws -> Value) -> TypeValue {
        let t = TypeValue(name: name, kind: .builtin)
        t.userDoc = doc
        t.constructor = NativeFunction(name: name, labels: nil, signature: "\(name)(...)", doc: doc, ctor)
        return t
    }
}

/// Installs the whole builtin library into a runtime.
enum Library {
    static func install(_ rt: Runtime) {
        BuiltinTypes.install(rt)
        FixedWidthIntegerTypes.install(rt)
        GlobalFunctions.install(rt)
        ResultType.install(rt)
        UnicodeTypes.install(rt)
    }
}
