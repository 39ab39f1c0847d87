/// Array properties and methods (`count`, `append`, `map`, `sorted(by:)`, ...).
enum ArrayMembers {
    static func property(_ items: [Value], _ name: String, _ rt: Runtime) throws -> Value? {
        switch name {
        case "count": return .int(items.count)
        case "isEmpty": return .bool(items.isEmpty)
        case "first": return items.first?.asSome ?? .null
        case "last": return items.last?.asSome ?? .null
        case "indices": return .range(RangeRef(.int(0), .int(items.count), closed: false))
        case "startIndex": return .int(0)
        case "endIndex": return .int(items.count)
        case "description": return .str(try Value.arr(items).describe(debug: false))
        case "lazy": return .arr(items)  // eager here; the results are the same
        default: return nil
        }
    }

    static let mutating: Set<String> = ["append", "insert", "remove", "removeLast", "removeFirst", "removeAll",
                                        "popLast", "sort", "reverse", "shuffle", "swapAt", "removeSubrange", "replaceSubrange"]

    static func call(_ recv: inout Value, _ name: String, _ args: Arguments) throws -> Value? {
        let rt = args.runtime
        if mutating.contains(name) { return try callMutating(&recv, name, args) }
        guard case let .array(ref) = recv else { return nil }
        let items = ref.items
        switch name {
        case "map": let f = args[0]; return .arr(try items.map { try rt.call(f, [$0]) })
        case "compactMap": let f = args[0]; return .arr(try items.map { try rt.call(f, [$0]) }.filter { !$0.isNil })
        case "flatMap": let f = args[0]; return .arr(try items.flatMap { try Sequences.elements(try rt.call(f, [$0]), rt) })
        case "filter": let f = args[0]; return .arr(try items.filter { try rt.call(f, [$0]).bool() })
        case "forEach": let f = args[0]; for v in items { _ = try rt.call(f, [v]) }; return .void
        case "reduce":
            if args.labels.first == "into" {
                var acc = args[0]; let f = args[1]
                for v in items {
                    let base = try rt.reserve(3)
                    base[1] = acc; base[2] = v
                    defer { rt.release(base, 3) }
                    _ = try rt.callPrepared(f, base: base, argCount: 2, labels: [nil, nil], labelSignature: LabelSignatures.twoUnlabeled)
                    acc = base[1]
                    if case let .box(b) = acc { acc = b.value }  // the closure captured its `inout` parameter
                }
                return acc
            }
            var acc = args[0]; let f = args[1]
            for v in items { acc = try rt.call(f, [acc, v]).labeledLike(acc) }
            return acc
        case "sorted":
            if args.count == 0 { return .arr(try items.sorted { try Operators.less($0, $1, rt) }) }
            let f = args[0]; return .arr(try items.sorted { try rt.call(f, [$0, $1]).bool() })
        case "reversed": return .arr(items.reversed())
        case "enumerated": return .arr(items.enumerated().map { .tuple(TupleRef([.int($0), $1], labels: ["offset", "element"])) })
        case "contains":
            if args.count == 1, case .function = args[0] { let f = args[0]; return .bool(try items.contains { try rt.call(f, [$0]).bool() }) }
            let x = args[0]; return .bool(try items.contains { try Operators.equal($0, x, rt) })
        case "allSatisfy": let f = args[0]; return .bool(try items.allSatisfy { try rt.call(f, [$0]).bool() })
        case "first":
            let f = args[0]; return try items.first { try rt.call(f, [$0]).bool() }?.asSome ?? .null
        case "last":
            let f = args[0]; return try items.last { try rt.call(f, [$0]).bool() }?.asSome ?? .null
        case "firstIndex":
            if args.count == 1, case .function = args[0] { let f = args[0]; return try items.firstIndex { try rt.call(f, [$0]).bool() }.map { .int($0) } ?? .null }
            let x = args[0]; return try items.firstIndex { try Operators.equal($0, x, rt) }.map { .int($0) } ?? .null
        case "lastIndex":
            if args.count == 1, case .function = args[0] { let f = args[0]; return try items.lastIndex { try rt.call(f, [$0]).bool() }.map { .int($0) } ?? .null }
            let x = args[0]; return try items.lastIndex { try Operators.equal($0, x, rt) }.map { .int($0) } ?? .null
        case "min", "max":
            guard var best = items.first else { return .null }
            let f: Value? = args.count > 0 ? args[0] : nil
            for v in items.dropFirst() {
                let (a, b) = name == "min" ? (v, best) : (best, v)
                let less = try f.map { try rt.call($0, [a, b]).bool() } ?? Operators.less(a, b, rt)
                if less { best = v }
            }
            return best
        case "joined":
            let sep = try args.labeled("separator")?.string() ?? ""
            if items.allSatisfy({ if case .array = $0 { return true } else { return false } }), args.count == 0 {
                let joined = items.flatMap { $0.asArray ?? [] }
                try Limits.check(joined.count, "joined()")
                return .arr(joined)
            }
            let text = try items.map { try $0.string() }.joined(separator: sep)
            try Limits.checkString(bytes: text.utf8.count, "joined(separator:)")
            return .str(text)
        case "prefix" where args.count == 1 && args[0].functionValue != nil, "drop" where args.count == 1:
            let f = args[0]
            let keep = try items.prefix { try rt.call(f, [$0]).bool() }.count
            return .arr(Array(name == "prefix" ? items.prefix(keep) : items.dropFirst(keep)))
        case "prefix" where args.labels.first == "upTo": return .arr(Array(items.prefix(try sliceBound(args.int(0), items.count))))
        case "prefix" where args.labels.first == "through": return .arr(Array(items.prefix(try sliceBound(args.int(0) + 1, items.count))))
        case "suffix" where args.labels.first == "from": return .arr(Array(items.dropFirst(try sliceBound(args.int(0), items.count))))
        case "prefix": return .arr(Array(items.prefix(max(0, try args.int(0)))))
        case "suffix": return .arr(Array(items.suffix(max(0, try args.int(0)))))
        case "dropFirst": return .arr(Array(items.dropFirst(args.count > 0 ? max(0, try args.int(0)) : 1)))
        case "dropLast": return .arr(Array(items.dropLast(args.count > 0 ? max(0, try args.int(0)) : 1)))
        case "count" where args.count == 1:  // count(where:)
            let f = args[0]; return .int(try items.reduce(0) { try rt.call(f, [$1]).bool() ? $0 + 1 : $0 })
        case "starts":
            let other = try Sequences.elements(args[0], rt)
            return .bool(try other.count <= items.count && zip(items, other).allSatisfy { try Operators.equal($0, $1, rt) })
        case "elementsEqual":
            let other = try Sequences.elements(args[0], rt)
            if args.count > 1 { let f = args[1]; return .bool(try other.count == items.count && zip(items, other).allSatisfy { try rt.call(f, [$0, $1]).bool() }) }
            return .bool(try other.count == items.count && zip(items, other).allSatisfy { try Operators.equal($0, $1, rt) })
        case "split":
            // `split(separator:)` / `split(whereSeparator:)`, with `maxSplits:` and `omittingEmptySubsequences:`.
            let maxSplits = try args.labeled("maxSplits")?.int() ?? Int.max
            let omit = try args.labeled("omittingEmptySubsequences")?.bool() ?? true
            let isSeparator: (Value) throws -> Bool
            if let f = args.labeled("whereSeparator") ?? (args[0].functionValue != nil ? args[0] : nil) {
                isSeparator = { try rt.call(f, [$0]).bool() }
            } else {
                let sep = args.labeled("separator") ?? args[0]
                isSeparator = { try Operators.equal($0, sep, rt) }
            }
            return .arr(try items.split(maxSplits: maxSplits, omittingEmptySubsequences: omit, whereSeparator: isSeparator).map { .arr(Array($0)) })
        case "shuffled": var c = items; args.runtime.shuffle(&c); return .arr(c)
        case "randomElement": return items.isEmpty ? .null : items[args.runtime.randomInt(below: items.count)]
        case "index":
            // index(after:), index(before:)
            if let a = args.labeled("after") { return try Operators.add(.int(try a.int()), .int(1), rt) }
            if let b = args.labeled("before") { return try Operators.subtract(.int(try b.int()), .int(1), rt) }
            return nil
        default: return nil
        }
    }

    static func callMutating(_ recv: inout Value, _ name: String, _ args: Arguments) throws -> Value? {
        let rt = args.runtime
        switch name {
        case "append":
            if args.labels.first == "contentsOf" {
                let more = try Sequences.elements(args[0], rt)
                return try recv.mutateArray { xs in
                    try Limits.check(xs.count + more.count, "append(contentsOf:)")
                    xs.append(contentsOf: more)
                    return .void
                }
            }
            let x = args[0]
            return try recv.mutateArray { $0.append(x); return .void }
        case "insert" where args.labels.first != "contentsOf":
            let x = args[0], i = try args.int(1)
            return try recv.mutateArray {
                guard i >= 0 && i <= $0.count else { throw indexError(i, $0.count) }
                $0.insert(x, at: i); return .void
            }
        case "remove":
            let i = try args.int(0)
            return try recv.mutateArray {
                guard i >= 0 && i < $0.count else { throw indexError(i, $0.count) }
                return $0.remove(at: i)
            }
        case "removeLast" where args.count == 1, "removeFirst" where args.count == 1:
            let k = try args.int(0)
            return try recv.mutateArray {
                guard k >= 0 && k <= $0.count else { throw RuntimeError(.indexOutOfRange, "can't \(name) \(k) of \($0.count) elements") }
                if name == "removeLast" { $0.removeLast(k) } else { $0.removeFirst(k) }
                return .void
            }
        case "removeSubrange", "replaceSubrange":
            guard case let .range(r) = args[0] else { return nil }
            let with = name == "replaceSubrange" ? try Sequences.elements(args.labeled("with") ?? args[1], rt) : []
            return try recv.mutateArray {
                $0.replaceSubrange(try Subscripts.bounds(r, count: $0.count), with: with)
                return .void
            }
        case "insert" where args.labels.first == "contentsOf":
            let more = try Sequences.elements(args[0], rt), i = try args.int(1)
            return try recv.mutateArray {
                guard i >= 0 && i <= $0.count else { throw indexError(i, $0.count) }
                try Limits.check($0.count + more.count, "insert(contentsOf:at:)")
                $0.insert(contentsOf: more, at: i); return .void
            }
        case "removeLast", "removeFirst":
            return try recv.mutateArray {
                guard !$0.isEmpty else { throw RuntimeError(.indexOutOfRange, "can't \(name) from an empty array") }
                return name == "removeLast" ? $0.removeLast() : $0.removeFirst()
            }
        case "popLast": return try recv.mutateArray { $0.popLast()?.asSome ?? .null }
        case "removeAll":
            if args.count == 1, case .function = args[0] {  // `removeAll(where:)`, also trailing
                let f = args[0]
                guard case let .array(a) = recv else { return nil }
                let keep = try a.items.filter { try !rt.call(f, [$0]).bool() }
                return try recv.mutateArray { $0 = keep; return .void }
            }
            return try recv.mutateArray { $0.removeAll(); return .void }
        case "sort":
            guard case let .array(a) = recv else { return nil }
            let sorted: [Value]
            if args.count == 0 { sorted = try a.items.sorted { try Operators.less($0, $1, rt) } } else {
                let f = args[0]; sorted = try a.items.sorted { try rt.call(f, [$0, $1]).bool() }
            }
            return try recv.mutateArray { $0 = sorted; return .void }
        case "reverse": return try recv.mutateArray { $0.reverse(); return .void }
        case "shuffle": return try recv.mutateArray { args.runtime.shuffle(&$0); return .void }
        case "swapAt":
            let i = try args.int(0), j = try args.int(1)
            return try recv.mutateArray {
                guard i >= 0, j >= 0, i < $0.count, j < $0.count else { throw indexError(max(i, j), $0.count) }
                $0.swapAt(i, j); return .void
            }
        default: return nil
        }
    }

    /// An index that bounds a slice (`prefix(upTo:)`, `suffix(from:)`): 0...count.
    static func sliceBound(_ i: Int, _ count: Int) throws -> Int {
        guard i >= 0 && i <= count else { throw indexError(i, count) }
        return i
    }

    static func indexError(_ i: Int, _ count: Int) -> RuntimeError {
        RuntimeError(.indexOutOfRange, "index \(i) is out of range for an array of \(count) element\(count == 1 ? "" : "s")")
    }
}
