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

    /// Throws a Swift-like error if the labels do not fit the signature `text`.
    static func check(_ text: String, function: String, labels: [String?]) throws {
        guard !labels.isEmpty, let s = parsed(text), let problem = s.mismatch(labels) else { return }
        throw RuntimeError.typeMismatch("\(problem) in call to '\(function)' (\(text))")
    }

    init?(_ text: String) {
        // Several alternatives (`f(_ x: Int) or f(_ s: String)`, one per line) are not checked.
        guard !text.contains("\n"), !text.contains(") or ") else { return nil }
        let chars = Array(text)
        // The parameter list is the last top-level parenthesized group before a top-level `->`.
        var depth = 0, inString = false, end = chars.count, i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\"" { inString.toggle() } else if !inString {
                if NativeSignature.opens(c) { depth += 1 } else if (NativeSignature.closes(c) || c == ">"), !(c == ">" && i > 0 && chars[i - 1] == "-") { depth -= 1 }
                else if depth == 0, c == "-", i + 1 < chars.count, chars[i + 1] == ">" { end = i; break }
            }
            i += 1
        }
        var head = String(chars[0..<end]).trimmingCharacters(in: .whitespaces)
        guard head.hasSuffix(")") else { return nil }
        let h = Array(head)
        depth = 0
        var open = -1
        var j = h.count - 1
        inString = false
        while j >= 0 {
            let c = h[j]
            if c == "\"" { inString.toggle() } else if !inString {
                if c == ")" { depth += 1 } else if c == "(" { depth -= 1; if depth == 0 { open = j; break } }
            }
            j -= 1
        }
        guard open > 0 else { return nil }
        name = String(h[0..<open])
        let inner = String(h[(open + 1)..<(h.count - 1)])
        head = inner
        var params: [Parameter] = []
        for part in NativeSignature.splitTopLevel(inner) where !part.isEmpty {
            guard let colon = NativeSignature.topLevelIndex(of: ":", in: part) else { return nil }
            let names = part[..<colon].split(separator: " ").map(String.init)
            guard names.count == 1 || names.count == 2 else { return nil }
            let rest = String(part[part.index(after: colon)...])
            let hasDefault = NativeSignature.topLevelIndex(of: "=", in: rest) != nil
            let type = hasDefault ? String(rest[..<NativeSignature.topLevelIndex(of: "=", in: rest)!]) : rest
            // `f(a:b:)` (labels only, no types) is not a declaration to check against.
            guard !type.trimmingCharacters(in: .whitespaces).isEmpty, NativeSignature.topLevelIndex(of: ":", in: type) == nil else { return nil }
            let label = names[0] == "_" ? nil : names[0]
            params.append(Parameter(label: label, name: names.last!, hasDefault: hasDefault,
                                    isVariadic: type.trimmingCharacters(in: .whitespaces).hasSuffix("..."),
                                    isFunction: type.contains("->")))
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

    /// Bracket tests by comparison (`"([<".contains(c)` searched a string per character: parsing the
    /// signatures a training loop's tensor calls check took 5 M instructions, callgrind).
    @inline(__always) static func opens(_ c: Character) -> Bool { c == "(" || c == "[" || c == "<" }
    @inline(__always) static func closes(_ c: Character) -> Bool { c == ")" || c == "]" }

    /// Splits at commas outside brackets and string literals.
    static func splitTopLevel(_ s: String) -> [String] {
        var out: [String] = [], cur = "", depth = 0, inString = false
        var prev: Character = " "
        for c in s {
            if c == "\"" { inString.toggle() } else if !inString {
                if NativeSignature.opens(c) { depth += 1 } else if NativeSignature.closes(c) || (c == ">" && prev != "-") { depth -= 1 }
                else if c == ",", depth == 0 {
                    out.append(cur.trimmingCharacters(in: .whitespaces)); cur = ""; prev = c; continue
                }
            }
            cur.append(c)
            prev = c
        }
        out.append(cur.trimmingCharacters(in: .whitespaces))
        return out
    }

    static func topLevelIndex(of target: Character, in s: String) -> String.Index? {
        var depth = 0, inString = false
        var prev: Character = " "
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c == "\"" { inString.toggle() } else if !inString {
                if NativeSignature.opens(c) { depth += 1 } else if NativeSignature.closes(c) || (c == ">" && prev != "-") { depth -= 1 }
                else if c == target, depth == 0 { return i }
            }
            prev = c
            i = s.index(after: i)
        }
        return nil
    }
}
