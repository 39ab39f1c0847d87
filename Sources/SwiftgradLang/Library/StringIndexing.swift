/// `String.Index` as the language has it: a character offset (an `Int`). `s.startIndex` is 0,
/// `s.endIndex` is `s.count`, `s.index(i, offsetBy: n)` is `i + n` (checked against the string),
/// and `s[i]`, `s[i..<j]`, `s[i...]` read characters — so Swift code written with indices runs and
/// gives Swift's answers (an index prints as its offset; Swift prints an opaque `Index(...)`).
/// Also the mutating methods of strings (`insert(_:at:)`, `remove(at:)`, `removeLast()`...).
extension StringMembers {
    static func indexProperty(_ s: String, _ name: String) -> Value? {
        switch name {
        case "startIndex": return .int(0)
        case "endIndex": return .int(s.count)
        case "indices": return .range(RangeRef(.int(0), .int(s.count), closed: false))
        default: return nil
        }
    }

    static func indexCall(_ recv: inout Value, _ s: String, _ name: String, _ args: Arguments) throws -> Value? {
        let rt = args.runtime
        let count = s.count
        switch name {
        case "index":
            if let a = args.labeled("after") { return .int(try valid(try a.int() + 1, count)) }
            if let b = args.labeled("before") { return .int(try valid(try b.int() - 1, count)) }
            guard args.labels.count >= 2, args.labels[1] == "offsetBy" else { return nil }
            let target = try args.int(0) + (try args.int(1))
            if let limit = try args.labeled("limitedBy")?.int() {
                let (from, by) = (try args.int(0), try args.int(1))
                if (by >= 0 && from <= limit && target > limit) || (by < 0 && from >= limit && target < limit) { return .null }
            }
            return .int(try valid(target, count))
        case "distance":
            guard let from = args.labeled("from"), let to = args.labeled("to") else { return nil }
            return .int(try to.int() - from.int())
        case "firstIndex", "lastIndex":
            let chars = s.map { Value.str(String($0)) }
            let found: Int?
            if case .function = args[0] {
                let f = args[0]
                found = name == "firstIndex" ? try chars.firstIndex { try rt.call(f, [$0]).bool() }
                                             : try chars.lastIndex { try rt.call(f, [$0]).bool() }
            } else {
                let c = args[0]
                found = name == "firstIndex" ? chars.firstIndex { $0.isEqual(to: c) } : chars.lastIndex { $0.isEqual(to: c) }
            }
            return found.map { .int($0) } ?? .null
        case "insert":
            var chars = Array(s)
            let i = try valid(try args.int(1), count)
            chars.insert(contentsOf: Array(try args.string(0)), at: i)
            recv = .str(String(chars)); return .void
        case "remove":
            var chars = Array(s)
            let i = try args.int(0)
            guard i >= 0 && i < count else { throw outOfRange(i, count) }
            let c = chars.remove(at: i)
            recv = .str(String(chars)); return .str(String(c))
        case "removeFirst", "removeLast":
            let n = args.count > 0 ? try args.int(0) : 1
            guard n >= 0, n <= count, count > 0 || n == 0 else {
                throw RuntimeError(.indexOutOfRange, "can't \(name) \(n) from a string of \(count) characters")
            }
            let removed = name == "removeFirst" ? String(s.prefix(n)) : String(s.suffix(n))
            recv = .str(name == "removeFirst" ? String(s.dropFirst(n)) : String(s.dropLast(n)))
            return args.count > 0 ? .void : .str(removed)
        case "popLast":
            guard let last = s.last else { return .null }
            recv = .str(String(s.dropLast())); return .str(String(last))
        case "removeAll":
            if args.count == 1, case .function = args[0] {
                let f = args[0]
                recv = .str(String(try s.filter { try !rt.call(f, [.str(String($0))]).bool() }))
            } else {
                recv = .str("")
            }
            return .void
        case "removeSubrange", "replaceSubrange":
            guard case let .range(r) = args[0] else { return nil }
            var chars = Array(s)
            let bounds = try Subscripts.bounds(r, count: count)
            chars.replaceSubrange(bounds, with: name == "replaceSubrange" ? Array(try args.string(1)) : [])
            recv = .str(String(chars)); return .void
        default: return nil
        }
    }

    static func valid(_ i: Int, _ count: Int) throws -> Int {
        guard i >= 0 && i <= count else { throw outOfRange(i, count) }
        return i
    }

    static func outOfRange(_ i: Int, _ count: Int) -> RuntimeError {
        RuntimeError(.indexOutOfRange, "string index \(i) is out of bounds for a string of \(count) characters")
    }
}
