import Foundation

/// String properties and methods.
enum StringMembers {
    static func property(_ s: String, _ name: String) -> Value? {
        switch name {
        case "count": return .int(s.count)
        case "isEmpty": return .bool(s.isEmpty)
        case "first": return s.first.map { .str(String($0)) } ?? .null
        case "last": return s.last.map { .str(String($0)) } ?? .null
        case "description": return .str(s)
        case "utf8": return .arr(s.utf8.map { .int(Int($0)) })
        case "unicodeScalars": return .arr(s.unicodeScalars.map { .str(String($0)) })
        case "isNumber": return .bool(!s.isEmpty && s.allSatisfy { $0.isNumber })
        case "isLetter": return .bool(!s.isEmpty && s.allSatisfy { $0.isLetter })
        case "isWhitespace": return .bool(!s.isEmpty && s.allSatisfy { $0.isWhitespace })
        case "isUppercase": return .bool(!s.isEmpty && s.allSatisfy { $0.isUppercase })
        case "isLowercase": return .bool(!s.isEmpty && s.allSatisfy { $0.isLowercase })
        case "asciiValue": return s.first?.asciiValue.map { .int(Int($0)) } ?? .null
        case "wholeNumberValue": return s.count == 1 ? s.first?.wholeNumberValue.map { .int($0) } ?? .null : nil
        case "capitalized": return .str(s.capitalized)
        // A Character is a one-character string: its properties.
        case "isPunctuation": return .bool(!s.isEmpty && s.allSatisfy { $0.isPunctuation })
        case "isSymbol": return .bool(!s.isEmpty && s.allSatisfy { $0.isSymbol })
        case "isASCII": return .bool(s.allSatisfy { $0.isASCII })
        case "isHexDigit": return .bool(!s.isEmpty && s.allSatisfy { $0.isHexDigit })
        case "isNewline": return .bool(!s.isEmpty && s.allSatisfy { $0.isNewline })
        case "isCased": return .bool(!s.isEmpty && s.allSatisfy { $0.isCased })
        case "hexDigitValue": return s.count == 1 ? s.first?.hexDigitValue.map { .int($0) } ?? .null : nil
        // A `Unicode.Scalar` (an element of `unicodeScalars`) is a one-scalar string: its code point.
        case "value": return s.unicodeScalars.count == 1 ? .int(Int(s.unicodeScalars.first!.value)) : nil
        case "lazy": return .str(s)
        default: return indexProperty(s, name)
        }
    }

    static func call(_ recv: inout Value, _ name: String, _ args: Arguments) throws -> Value? {
        // In place, before anything else holds the box (a loop of appends stays linear).
        if name == "append", case .string = recv { try recv.appendString(try args[0].string(), "append(_:)"); return .void }
        guard case let .string(ref) = recv else { return nil }
        let s = ref.value
        let rt = args.runtime
        switch name {
        case "hasPrefix": return .bool(s.hasPrefix(try args.string(0)))
        case "hasSuffix": return .bool(s.hasSuffix(try args.string(0)))
        case "starts" where args.labels.first == "with": return .bool(s.hasPrefix(try args.string(0)))
        case "contains":
            if case .function = args[0] { let f = args[0]; return .bool(try s.contains { try rt.call(f, [.str(String($0))]).bool() }) }
            let x = try args.string(0)
            return .bool(x.isEmpty ? true : s.contains(x))
        case "range" where args.count == 1 && args.labels.first == "of":
            // The first occurrence as a range of character offsets (String.Index here), or nil.
            guard let r = s.range(of: try args.string(0)) else { return .null }
            let lo = s.distance(from: s.startIndex, to: r.lowerBound)
            return .range(RangeRef(.int(lo), .int(lo + s.distance(from: r.lowerBound, to: r.upperBound)), closed: false))
        case "uppercased": return .str(s.uppercased())
        case "lowercased": return .str(s.lowercased())
        case "capitalized": return .str(s.capitalized)
        case "split" where args.labeled("whereSeparator") != nil || args[0].functionValue != nil:
            let f = args.labeled("whereSeparator") ?? args[0]
            let maxSplits = try args.labeled("maxSplits")?.int() ?? Int.max
            let omit = try args.labeled("omittingEmptySubsequences")?.bool() ?? true
            return .arr(try s.split(maxSplits: maxSplits, omittingEmptySubsequences: omit) { try rt.call(f, [.str(String($0))]).bool() }
                .map { .str(String($0)) })
        case "split":
            let sepValue = args.labeled("separator") ?? args[0]
            let sep = try sepValue.string()
            let omit = try args.labeled("omittingEmptySubsequences")?.bool() ?? true
            if let c = sep.first, sep.count == 1 {
                let maxSplits = try args.labeled("maxSplits")?.int() ?? Int.max
                return .arr(s.split(separator: c, maxSplits: maxSplits, omittingEmptySubsequences: omit).map { .str(String($0)) })
            }
            return .arr(s.components(separatedBy: sep).filter { !omit || !$0.isEmpty }.map { .str($0) })
        case "components":
            return .arr(s.components(separatedBy: try args.string(0)).map { .str($0) })
        case "trimmingCharacters":
            return .str(s.trimmingCharacters(in: .whitespacesAndNewlines))
        case "replacingOccurrences":
            return .str(s.replacingOccurrences(of: try args.string(0), with: try args.string(1)))
        case "reversed": return .str(String(s.reversed()))
        case "map": let f = args[0]; return .arr(try s.map { try rt.call(f, [.str(String($0))]) })
        case "compactMap": let f = args[0]; return .arr(try s.map { try rt.call(f, [.str(String($0))]) }.filter { !$0.isNil })
        case "filter": let f = args[0]; return .str(String(try s.filter { try rt.call(f, [.str(String($0))]).bool() }))
        case "padding":
            let n = try args.int(0), pad = try args.string(1)
            guard n >= 0 else { throw RuntimeError(.invalidArgument, "padding length must not be negative") }
            try Limits.check(n, "padding(toLength:withPad:startingAt:)")
            return .str(s.padding(toLength: n, withPad: pad.isEmpty ? " " : pad, startingAt: 0))
        case "prefix" where args.count == 1 && args[0].functionValue == nil && (args.labels.first ?? nil) == nil: return .str(String(s.prefix(max(0, try args.int(0)))))
        case "suffix": return .str(String(s.suffix(max(0, try args.int(0)))))
        case "dropFirst": return .str(String(s.dropFirst(args.count > 0 ? max(0, try args.int(0)) : 1)))
        case "dropLast": return .str(String(s.dropLast(args.count > 0 ? max(0, try args.int(0)) : 1)))
        case "sorted": return .arr(s.sorted().map { .str(String($0)) })
        case "enumerated": return .arr(s.enumerated().map { .tuple(TupleRef([.int($0), .str(String($1))], labels: ["offset", "element"])) })
        case "prefix" where args.count == 1 && args[0].functionValue != nil, "drop" where args.count == 1:
            let f = args[0]
            let keep = try s.prefix { try rt.call(f, [.str(String($0))]).bool() }
            return .str(name == "prefix" ? String(keep) : String(s.dropFirst(keep.count)))
        default:
            if let r = try indexCall(&recv, s, name, args) { return r }
            // The other sequence methods (`reduce`, `allSatisfy`, `first(where:)`, `max()`...) see the characters.
            guard !Members.mutatingBuiltins.contains(name) else { return nil }
            var chars = Value.arr(s.map { .str(String($0)) })
            return try ArrayMembers.call(&chars, name, args)
        }
    }

    /// `String(format:)` with `%d %i %f %e %g %x %s %@ %%`, flags, width and precision.
    static func format(_ format: String, _ args: [Value]) throws -> String {
        var out = ""
        let chars = Array(format)
        var i = 0, next = 0
        while i < chars.count {
            let c = chars[i]
            if c != "%" { out.append(c); i += 1; continue }
            var spec = "%"
            i += 1
            while i < chars.count, "-+ #0123456789.lhqLzjt'".contains(chars[i]) { spec.append(chars[i]); i += 1 }
            guard i < chars.count else { throw RuntimeError(.formatError, "incomplete format specifier at end of \"\(format)\"") }
            let conv = chars[i]
            i += 1
            if conv == "%" { out.append("%"); continue }
            guard next < args.count else { throw RuntimeError(.formatError, "format \"\(format)\" needs more arguments") }
            let arg = args[next]
            next += 1
            let clean = spec.filter { !"lhqLzjt".contains($0) }
            // A huge width or precision would make Foundation allocate that much (or crash).
            for number in clean.split(whereSeparator: { !$0.isNumber }) where number.count > 4 {
                throw RuntimeError(.formatError, "width or precision \(number) in \"%\(spec)\(conv)\" is too large")
            }
            switch conv {
            case "d", "i", "u", "x", "X", "o", "c":
                let n: Int
                switch arg {
                case let .int(v): n = v
                case let .double(d) where d.isFinite && abs(d) < 9e18: n = Int(d)
                default: throw RuntimeError.typeMismatch("%\(conv) needs an Int, got \(arg.typeName)")
                }
                out += String(format: clean + "l" + String(conv), n)
            case "f", "F", "e", "E", "g", "G", "a":
                out += String(format: clean + String(conv), try arg.double())
            case "s", "@":
                let text = try arg.describe(debug: false)
                let width = Int(clean.dropFirst().filter { $0.isNumber || $0 == "-" }.split(separator: ".").first.map(String.init)?.replacingOccurrences(of: "-", with: "") ?? "") ?? 0
                let padded = text.count >= width ? text : (clean.contains("-") ? text + String(repeating: " ", count: width - text.count)
                                                                         : String(repeating: " ", count: width - text.count) + text)
                out += padded
            default:
                throw RuntimeError(.formatError, "unsupported format specifier %\(conv)")
            }
        }
        return out
    }
}
