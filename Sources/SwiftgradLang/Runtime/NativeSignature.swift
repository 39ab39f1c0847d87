import Foundation

/// A native function's written signature (`Value(_ data: Double, label: String = "", ...)`) read as
/// parameters, so a call's argument labels are checked as Swift checks them: `Value(2.0, "w")` is
/// "missing argument label 'label:'", not a silently ignored argument. Every native registered with a
/// signature is checked this way (constructors, functions, methods); a signature that is not one plain
/// declaration (`f(...)`, overloads on several lines) is not checked.
struct NativeSignature {
    struct Parameter {
        var label: String?
        var name: String
        var hasDefault: Bool
        var isVariadic: Bool
        var isFunction: Bool
    }

    let name: String
    let parameters: [Parameter]

    /// Parsed signatures by text (signatures are few and fixed; calls are many).
    nonisolated(unsafe) private static var cache: [String: NativeSignature?] = [:]
    private static let lock = NSLock()

    static func parsed(_ text: String) -> NativeSignature? {
        lock.lock()
        defer { lock.unlock() }
        if let hit = cache[text] { return hit }
        let s = NativeSignature(text)
        cache[text] = s
        return s
    }

    /// One native method's signature, parsed on its first call and kept: a method call looked it up
    /// in the process-wide cache, hashing the whole signature text under the lock every time (1,100
    /// instructions per `t.sum(axis: 0)`).
    final class Check: @unchecked Sendable {
        let text: String
        private var parsed: NativeSignature??
        /// The labels of the last call that fitted (a call site passes the same array each time).
        private var accepted: [String?] = []
        private let lock = NSLock()

        init(_ text: String) { self.text = text }

        /// Throws a Swift-like error if the labels do not fit.
        func check(function: String, labels: [String?]) throws {
            guard !labels.isEmpty else { return }
            lock.lock()
            if labels == accepted { lock.unlock(); return }
            if parsed == nil { parsed = .some(NativeSignature.parsed(text)) }
            let s = parsed!
            lock.unlock()
            if let s, let problem = s.mismatch(labels) {
                throw RuntimeError.typeMismatch("\(problem) in call to '\(function)' (\(text))")
            }
            lock.lock()
            accepted = labels
            lock.unlock()
        }
    }

    /// Throws a Swift-like error if the labels do not fit the signature `text`.
    static func check(_ text: String, function: String, labels: [String?]) throws {
        guard !labels.isEmpty, let s = parsed(text), let problem = s.mismatch(labels) else { return }
        throw RuntimeError.typeMismatch("\(problem) in call to '\(function)' (\(text))")
    }

    // Parsed over UTF-8 bytes: the structure is ASCII (brackets, quotes, `:`, `=`, `,`, `->`), and
    // walking `Character`s with Foundation's trimming cost 300k instructions per signature, paid on
    // the first call of each bound function in a session (3.5 M for a training loop's dozen).
    init?(_ text: String) {
        let b = Array(text.utf8)
        typealias S = NativeSignature
        // Several alternatives (`f(_ x: Int) or f(_ s: String)`, one per line) are not checked.
        guard !b.contains(UInt8(ascii: "\n")), !S.contains(b[...], Array(") or ".utf8)) else { return nil }
        // The parameter list is the last top-level parenthesized group before a top-level `->`.
        var depth = 0, inString = false, end = b.count, i = 0
        while i < b.count {
            let c = b[i]
            if c == S.quote { inString.toggle() } else if !inString {
                if S.opens(c) { depth += 1 } else if S.closes(c) || (c == S.greater && !(i > 0 && b[i - 1] == S.minus)) { depth -= 1 }
                else if depth == 0, c == S.minus, i + 1 < b.count, b[i + 1] == S.greater { end = i; break }
            }
            i += 1
        }
        let h = S.trimmed(b[0..<end])
        guard h.last == S.closeParen else { return nil }
        depth = 0
        var open = -1
        var j = h.endIndex - 1
        inString = false
        while j >= h.startIndex {
            let c = h[j]
            if c == S.quote { inString.toggle() } else if !inString {
                if c == S.closeParen { depth += 1 } else if c == S.openParen { depth -= 1; if depth == 0 { open = j; break } }
            }
            j -= 1
        }
        guard open > h.startIndex else { return nil }
        name = S.string(h[h.startIndex..<open])
        var params: [Parameter] = []
        for part in S.splitTopLevel(h[(open + 1)..<(h.endIndex - 1)]) where !part.isEmpty {
            guard let colon = S.topLevelIndex(of: S.colon, in: part) else { return nil }
            let names = part[part.startIndex..<colon].split(separator: S.space).map(S.string)
            guard names.count == 1 || names.count == 2 else { return nil }
            let rest = part[(colon + 1)...]
            let equals = S.topLevelIndex(of: S.equals, in: rest)
            let type = equals.map { rest[rest.startIndex..<$0] } ?? rest
            // `f(a:b:)` (labels only, no types) is not a declaration to check against.
            let trimmedType = S.trimmed(type)
            guard !trimmedType.isEmpty, S.topLevelIndex(of: S.colon, in: type) == nil else { return nil }
            let label = names[0] == "_" ? nil : names[0]
            params.append(Parameter(label: label, name: names.last!, hasDefault: equals != nil,
                                    isVariadic: trimmedType.count >= 3 && trimmedType.suffix(3).allSatisfy { $0 == S.dot },
                                    isFunction: S.contains(type, S.arrow)))
        }
        parameters = params
    }

    /// Why the labels do not fit (Swift's wording), or nil if they do. Missing required arguments are
    /// left to the function itself; a label where none is expected, or the wrong one, is not.
    func mismatch(_ callLabels: [String?]) -> String? {
        var labels = callLabels
        var parameters = self.parameters
        // A trailing closure is the last function parameter, wherever it is declared
        // (`gradcheck(at: xs) { ... }` for `gradcheck(_ f:, at:)`).
        if labels.last == trailingClosureLabel, let fi = parameters.lastIndex(where: { $0.isFunction }) {
            labels.removeLast()
            parameters.remove(at: fi)
        }
        var pi = 0
        var matchedVariadic = false
        for l in labels {
            // The first parameter this argument could not take (what Swift's message names).
            var missed: Parameter?
            while true {
                guard pi < parameters.count else {
                    if let p = missed { return NativeSignature.wrongLabel(have: l, want: p.label) }
                    return l.map { "extra argument '\($0):'" } ?? "extra argument"
                }
                let p = parameters[pi]
                if l == trailingClosureLabel || l == p.label {
                    if p.isVariadic { matchedVariadic = true } else { pi += 1 }
                    break
                }
                if p.isVariadic && matchedVariadic && l == nil { break }
                if missed == nil { missed = p }
                if p.hasDefault || p.isVariadic {
                    pi += 1
                    matchedVariadic = false
                    continue
                }
                return NativeSignature.wrongLabel(have: l, want: p.label)
            }
        }
        return nil
    }

    static func wrongLabel(have: String?, want: String?) -> String {
        switch (have, want) {
        case let (nil, want?): return "missing argument label '\(want):'"
        case let (have?, nil): return "extraneous argument label '\(have):'"
        case let (have?, want?): return "incorrect argument label (have '\(have):', expected '\(want):')"
        case (nil, nil): return "extra argument"
        }
    }

    static let quote = UInt8(ascii: "\""), minus = UInt8(ascii: "-"), greater = UInt8(ascii: ">")
    static let openParen = UInt8(ascii: "("), closeParen = UInt8(ascii: ")"), colon = UInt8(ascii: ":")
    static let equals = UInt8(ascii: "="), comma = UInt8(ascii: ","), space = UInt8(ascii: " "), dot = UInt8(ascii: ".")
    static let arrow = Array("->".utf8)

    @inline(__always) static func opens(_ c: UInt8) -> Bool { c == openParen || c == UInt8(ascii: "[") || c == UInt8(ascii: "<") }
    @inline(__always) static func closes(_ c: UInt8) -> Bool { c == closeParen || c == UInt8(ascii: "]") }

    static func string(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    /// Without leading and trailing spaces and tabs.
    static func trimmed(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var lo = s.startIndex, hi = s.endIndex
        while lo < hi, s[lo] == space || s[lo] == UInt8(ascii: "\t") { lo += 1 }
        while hi > lo, s[hi - 1] == space || s[hi - 1] == UInt8(ascii: "\t") { hi -= 1 }
        return s[lo..<hi]
    }

    static func contains(_ s: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard s.count >= needle.count else { return false }
        var i = s.startIndex
        while i + needle.count <= s.endIndex {
            if s[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// Splits at commas outside brackets and string literals; each part trimmed.
    static func splitTopLevel(_ s: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var out: [ArraySlice<UInt8>] = [], start = s.startIndex, depth = 0, inString = false
        var prev = space
        for i in s.indices {
            let c = s[i]
            if c == quote { inString.toggle() } else if !inString {
                if opens(c) { depth += 1 } else if closes(c) || (c == greater && prev != minus) { depth -= 1 }
                else if c == comma, depth == 0 { out.append(trimmed(s[start..<i])); start = i + 1 }
            }
            prev = c
        }
        out.append(trimmed(s[start..<s.endIndex]))
        return out
    }

    static func topLevelIndex(of target: UInt8, in s: ArraySlice<UInt8>) -> Int? {
        var depth = 0, inString = false
        var prev = space
        for i in s.indices {
            let c = s[i]
            if c == quote { inString.toggle() } else if !inString {
                if opens(c) { depth += 1 } else if closes(c) || (c == greater && prev != minus) { depth -= 1 }
                else if c == target, depth == 0 { return i }
            }
            prev = c
        }
        return nil
    }
}
