/// "did you mean 'grad'?": the closest known name to a misspelt one, by edit distance (letters
/// compared without case), offered only when it is close — at most one edit for short names, two
/// for longer ones, and never a rewrite of most of the name.
enum Suggestions {
    static func closest(to name: String, among candidates: [String]) -> String? {
        let target = Array(name.lowercased())
        let limit = target.count <= 4 ? 1 : 2
        var best: (distance: Int, name: String)?
        for c in Set(candidates) where c != name && !c.isEmpty && c.first != "<" && c.first != "$" {
            let d = distance(target, Array(c.lowercased()), limit: limit)
            guard d <= limit, d < target.count else { continue }
            if best == nil || (d, c) < (best!.distance, best!.name) { best = (d, c) }
        }
        return best?.name
    }

    /// " (did you mean 'x'?)" or "".
    static func hint(for name: String, among candidates: [String]) -> String {
        closest(to: name, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Levenshtein distance (a transposition of neighbours counts as one edit), giving up above `limit`.
    static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var prevPrev = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var cur = [Int](repeating: 0, count: b.count + 1)
            cur[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { cur[j] = min(cur[j], prevPrev[j - 2] + 1) }
            }
            prevPrev = prev
            prev = cur
        }
        return a.isEmpty ? b.count : prev[b.count]
    }
}

extension Runtime {
    /// `cannot find 'x' in scope`, offering the closest name a script could have meant.
    func undefinedName(_ name: String, locals: [String] = []) -> RuntimeError {
        let defined = globals.values.filter { $0.isDefined }.map { $0.name }
        return RuntimeError(.undefinedName, "cannot find '\(name)' in scope" + Suggestions.hint(for: name, among: locals + defined))
    }
}

extension Compiler {
    /// The local names visible where code is compiled (for suggestions in errors found at run time),
    /// from the innermost `suggestionScopes` block scopes of each function: every global name compiles
    /// this list, and in an `else if` chain thousands of scopes deep walking them all was quadratic.
    func visibleLocalNames() -> [String] {
        var out: [String] = []
        var c: FunctionContext? = fn
        while let x = c {
            for s in x.scopes.suffix(Compiler.suggestionScopes) { out += s.keys }
            out += x.captures.map { $0.name }
            if let t = x.selfType { out += t.members }
            c = x.parent
        }
        return out
    }

    static let suggestionScopes = 32
}
