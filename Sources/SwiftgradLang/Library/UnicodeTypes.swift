/// `Unicode.Scalar` (also spelt `UnicodeScalar`) and the encoding `UTF8` for `String(decoding:as:)`.
/// A scalar is a one-scalar string here, as a `Character` is: it prints, compares and interpolates
/// as Swift's does, and `.value` gives its code point (StringMembers).
enum UnicodeTypes {
    static func install(_ rt: Runtime) {
        let scalar = BuiltinTypes.type("Unicode.Scalar", doc: "One Unicode code point; .value is its number.") { args in
            guard args.count == 1 else { throw RuntimeError.typeMismatch("Unicode.Scalar(_:) takes one argument") }
            let x = args[0]
            if case let .string(s) = x, s.value.unicodeScalars.count == 1 { return x }
            // `Unicode.Scalar(0x41)`: nil for a number that is not a code point (a surrogate, too large).
            let n: Int128 = try x.fixedInt?.value ?? Int128(x.int())
            guard n >= 0, n <= 0x10FFFF, let u = Unicode.Scalar(UInt32(n)) else { return .null }
            return .str(String(Character(u)))
        }
        let unicode = BuiltinTypes.type("Unicode", doc: "Namespace of Unicode.Scalar.") { _ in
            throw RuntimeError.typeMismatch("'Unicode' is a namespace, not a type to construct")
        }
        unicode.staticMembers["Scalar"] = .type(scalar)
        rt.defineGlobal("Unicode", .type(unicode), isLet: true)
        rt.defineGlobal("UnicodeScalar", .type(scalar), isLet: true)
        let utf8 = BuiltinTypes.type("UTF8", doc: "The UTF-8 encoding (String(decoding: bytes, as: UTF8.self)).") { _ in
            throw RuntimeError.typeMismatch("'UTF8' is an encoding: use it as UTF8.self")
        }
        rt.defineType(utf8)
    }

    /// `String(decoding: bytes, as: UTF8.self)`: invalid sequences become U+FFFD, as in Swift.
    static func decode(_ bytes: Value, as encoding: Value?, _ rt: Runtime) throws -> Value {
        guard case let .type(t)? = encoding, t.name == "UTF8" else {
            throw RuntimeError.typeMismatch("String(decoding:as:) supports only UTF8.self as the encoding")
        }
        let units = try Sequences.elements(bytes, rt).map { v -> UInt8 in
            let n: Int128 = try v.fixedInt?.value ?? Int128(v.int())
            guard let b = UInt8(exactly: n) else { throw RuntimeError(.overflow, "\(n) is not a UTF-8 code unit (0...255)") }
            return b
        }
        return .str(String(decoding: units, as: UTF8.self))
    }
}
