import Foundation

/// The inputs (and text outputs) of this kernel session, for `history_request`:
/// `tail` with `n`, `range` with session/start/stop, `search` with a glob pattern, `unique` and `n`.
public struct History {
    public struct Entry: Equatable {
        public var session: Int
        public var line: Int
        public var input: String
        public var output: String?
    }

    /// The session number of this kernel run (history is kept in memory, one session per run).
    public let session: Int
    public private(set) var entries: [Entry] = []

    public init(session: Int = 1) {
        self.session = session
    }

    /// Outputs are kept for the last this many cells (IPython's `cache_size` default); older entries
    /// keep their input only, so a session of large results does not grow without end.
    public static let outputCacheSize = 1000
    /// A kept output is cut to this many characters (the kernel's default stream cap).
    public static let maxOutputCharacters = 100_000

    public mutating func record(line: Int, input: String, output: String?) {
        var kept = output
        if let text = output, text.count > History.maxOutputCharacters {
            kept = String(text.prefix(History.maxOutputCharacters)) + "\n[output truncated in history]"
        }
        entries.append(Entry(session: session, line: line, input: input, output: kept))
        let stale = entries.count - History.outputCacheSize - 1
        if stale >= 0 { entries[stale].output = nil }
    }

    /// The last `n` entries.
    public func tail(_ n: Int) -> [Entry] {
        Array(entries.suffix(max(0, n)))
    }

    /// Entries with `start <= line < stop` of a session; a session of 0 or less counts back from
    /// this one (0 = current, as IPython); stop nil = to the end.
    public func range(session requested: Int, start: Int, stop: Int?) -> [Entry] {
        let wanted = requested <= 0 ? session + requested : requested
        return entries.filter { entry in
            entry.session == wanted && entry.line >= start && (stop.map { entry.line < $0 } ?? true)
        }
    }

    /// Entries whose input matches the glob `pattern` (`*`, `?`, `[...]`), oldest first; with `unique`,
    /// only the latest of equal inputs; with `n`, the last `n` of those.
    public func search(pattern: String, unique: Bool, n: Int?) -> [Entry] {
        var found = entries.filter { History.glob(pattern, matches: $0.input) }
        if unique {
            var seen = Set<String>()
            found = found.reversed().filter { seen.insert($0.input).inserted }.reversed()
        }
        if let n, n >= 0 { found = Array(found.suffix(n)) }
        return found
    }

    /// Shell-style glob over Unicode scalars, anchored at both ends like SQLite's GLOB.
    public static func glob(_ pattern: String, matches text: String) -> Bool {
        fnmatch(pattern, text, 0) == 0
    }
}
