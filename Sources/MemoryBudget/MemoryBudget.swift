#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// The process's memory budget: how much resident memory the scripts and the engine may use before
/// the running cell is stopped with a `MemoryLimit` error (instead of the process being killed by
/// the allocator or the kernel's OOM killer, losing every variable).
///
/// Checks are cheap and shared by every layer:
/// - `tick()` on hot allocation paths (interpreter loop back-edges and calls, heap objects, engine
///   `Value`s): every `checkInterval` ticks it measures resident memory and, when over the budget,
///   raises `isExceeded`, which the interpreter turns into a `MemoryLimit` error at its next check;
/// - `note(bytes:)` after each smaller block (tensors, strings, arrays made by builtins): measures
///   every `measureEveryBytes`;
/// - `reserve(bytes:for:)` before one large allocation (a builtin or a tensor asked for many
///   elements): throws `MemoryLimitError` when it would not fit.
///
/// The budget defaults to `defaultFraction` of the machine's memory or of the cgroup limit, whichever
/// is smaller; `SWIFTGRAD_MAX_MEMORY` (bytes, or with a K/M/G suffix, or `none`) and `--max-memory`
/// set it.
public enum MemoryBudget {
    /// Share of the available memory (RAM or cgroup limit) one kernel may use by default.
    public static let defaultFraction = 0.5
    /// The environment variable that sets the budget.
    public static let environmentVariable = "SWIFTGRAD_MAX_MEMORY"
    /// Ticks between two measurements of resident memory (one measurement costs a few microseconds).
    public static let checkInterval = 4096

    private static let limitBytes = Atomic<Int>(0)
    private static let configured = Atomic<Bool>(false)
    @usableFromInline static let exceeded = Atomic<Bool>(false)
    /// Ticks since start, behind a pointer (no exclusivity checks on the hot path). Approximate on
    /// purpose: a lost increment between threads only delays a measurement.
    @usableFromInline nonisolated(unsafe) static let ticks: UnsafeMutablePointer<Int> = {
        let p = UnsafeMutablePointer<Int>.allocate(capacity: 1)
        p.initialize(to: 0)
        return p
    }()

    /// The budget in bytes (0: no budget). Until set, the default (environment, else a fraction of memory).
    public static var limit: Int {
        get {
            if !configured.load(ordering: .acquiring) { setLimit(fromEnvironment: getenv(environmentVariable).map { String(cString: $0) }) }
            return limitBytes.load(ordering: .relaxed)
        }
        set {
            limitBytes.store(max(0, newValue), ordering: .relaxed)
            configured.store(true, ordering: .releasing)
            exceeded.store(false, ordering: .relaxed)
        }
    }

    /// Sets the budget from a setting's text (`SWIFTGRAD_MAX_MEMORY`'s value); nil or empty: the default.
    /// Returns false (leaving the default) when the text is not a size.
    @discardableResult
    public static func setLimit(fromEnvironment text: String?) -> Bool {
        guard let text, !text.isEmpty else { limit = defaultLimit(); return true }
        guard let bytes = parseSize(text) else { limit = defaultLimit(); return false }
        limit = bytes
        return true
    }

    /// `123`, `512M`, `2G`, `1.5GB`, `800 MiB`, `none`/`0` (no budget) → bytes.
    public static func parseSize(_ text: String) -> Int? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if t == "none" || t == "0" { return 0 }
        var number = ""
        var unit = ""
        for c in t {
            if unit.isEmpty && (c.isNumber || c == ".") { number.append(c) } else if c != " " { unit.append(c) }
        }
        guard let value = Double(number), value >= 0 else { return nil }
        let scale: Double
        switch unit {
        case "", "b": scale = 1
        case "k", "kb", "kib": scale = 1024
        case "m", "mb", "mib": scale = 1024 * 1024
        case "g", "gb", "gib": scale = 1024 * 1024 * 1024
        case "t", "tb", "tib": scale = 1024 * 1024 * 1024 * 1024
        default: return nil
        }
        let bytes = value * scale
        return bytes < Double(Int.max) ? Int(bytes) : nil
    }

    /// `defaultFraction` of physical memory, or of the cgroup's limit when that is smaller.
    public static func defaultLimit() -> Int {
        let available = [physicalMemory(), cgroupLimit()].compactMap { $0 }.filter { $0 > 0 }.min() ?? 0
        return Int(Double(available) * defaultFraction)
    }

    /// The budget for people: "11.5 GB (half of memory; SWIFTGRAD_MAX_MEMORY or --max-memory sets it)".
    public static var summary: String {
        let l = limit
        return l == 0 ? "no memory budget (\(environmentVariable)=none)" : "memory budget \(format(l))"
    }

    public static func format(_ bytes: Int) -> String {
        let units = ["bytes", "KB", "MB", "GB", "TB"]
        var v = Double(bytes)
        var i = 0
        while v >= 1024 && i < units.count - 1 { v /= 1024; i += 1 }
        if i == 0 { return "\(bytes) bytes" }
        let rounded = (v * 10).rounded() / 10
        return rounded == rounded.rounded() ? "\(Int(rounded)) \(units[i])" : "\(rounded) \(units[i])"
    }

    // MARK: Checks

    /// Counts one allocation (or loop step). Every `checkInterval` ticks, measures resident memory
    /// and raises `isExceeded` when over the budget. Never throws: callers that can stop poll
    /// `isExceeded` (the interpreter does at loop back-edges and calls).
    @inlinable @inline(__always) public static func tick() {
        ticks.pointee &+= 1
        if ticks.pointee & (checkInterval - 1) == 0 { measure() }
    }

    /// Counts `n` ticks at once (the interpreter polls every few dozen safe points); measures when
    /// they cross a multiple of `checkInterval`.
    @inlinable public static func tick(by n: Int) {
        let before = ticks.pointee
        ticks.pointee = before &+ n
        if (before ^ ticks.pointee) & ~(checkInterval - 1) != 0 { measure() }
    }

    /// Counts `bytes` of an allocation too small to reserve on its own (a tensor or string under
    /// 1 MB); measures once they add up to `measureEveryBytes`. Ticks alone measured every 4,096 loop
    /// steps, which with an 800 KB tensor per step overshot a 600 MB budget by a gigabyte.
    @inlinable public static func note(bytes: Int) {
        notedBytes.pointee &+= bytes
        if notedBytes.pointee >= measureEveryBytes { notedBytes.pointee = 0; measure() }
    }

    /// Bytes noted between two measurements.
    public static let measureEveryBytes = 16 << 20
    @usableFromInline nonisolated(unsafe) static let notedBytes: UnsafeMutablePointer<Int> = {
        let p = UnsafeMutablePointer<Int>.allocate(capacity: 1)
        p.initialize(to: 0)
        return p
    }()

    /// Whether a tick found the process over its budget (cleared by `takeExceeded`).
    @inlinable @inline(__always) public static var isExceeded: Bool { exceeded.load(ordering: .relaxed) }

    /// Reads and clears `isExceeded`; returns the error to report when it was set.
    public static func takeExceeded() -> MemoryLimitError? {
        guard exceeded.exchange(false, ordering: .relaxed) else { return nil }
        return MemoryLimitError(what: nil, requested: 0, resident: residentBytes(), limit: limit)
    }

    /// Measures now; raises `isExceeded` when over the budget.
    @inline(never) public static func measure() {
        if !fits(adding: 0) { exceeded.store(true, ordering: .relaxed) }
    }

    /// Throws when `bytes` more would take the process over its budget. `what` names the request.
    public static func reserve(bytes: Int, for what: String) throws(MemoryLimitError) {
        if !fits(adding: bytes) {
            throw MemoryLimitError(what: what, requested: bytes, resident: residentBytes(), limit: limit)
        }
    }

    /// Whether resident memory plus `bytes` is within the budget. Memory freed by the scripts but
    /// still held by the allocator does not count: when over, free pages are returned first.
    public static func fits(adding bytes: Int) -> Bool {
        let l = limit
        if l == 0 { return true }
        if bytes >= l { return false }
        if residentBytes() + bytes <= l { return true }
        releaseFreeMemory()
        return residentBytes() + bytes <= l
    }

    /// Returns memory the allocator holds but nobody uses to the system, so resident memory
    /// counts what is live. Caches of freed memory kept for reuse (the engine's node pool) are
    /// emptied first.
    public static func releaseFreeMemory() {
        releasersLock.lock()
        let release = releasers
        releasersLock.unlock()
        for r in release { r() }
        #if canImport(Glibc)
        _ = glibcMallocTrim(0)
        #endif
    }

    /// Registers a function that empties a cache of freed memory kept for reuse; `releaseFreeMemory`
    /// calls it before the budget counts resident memory as used. It may be called on any thread that
    /// checks the budget: a cache owned by one thread leaves itself alone when called on another.
    public static func addReleaser(_ release: @escaping () -> Void) {
        releasersLock.lock()
        releasers.append(release)
        releasersLock.unlock()
    }

    private static let releasersLock = NSLock()
    nonisolated(unsafe) private static var releasers: [() -> Void] = []

    // MARK: Measuring

    /// The process's resident memory in bytes (0 where it cannot be read).
    public static func residentBytes() -> Int {
        #if os(Linux)
        return statm.resident()
        #else
        return 0
        #endif
    }

    static func physicalMemory() -> Int? {
        #if os(Linux)
        let pages = sysconf(Int32(_SC_PHYS_PAGES)), size = sysconf(Int32(_SC_PAGESIZE))
        return pages > 0 && size > 0 ? pages * size : nil
        #else
        return nil
        #endif
    }

    /// The cgroup (v2, else v1) memory limit of this process, if any.
    static func cgroupLimit() -> Int? {
        for path in ["/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"] {
            // Split on whitespace rather than Foundation's `trimmingCharacters`, which bridges through
            // NSString and initialises CoreFoundation: 0.7 M of the 9.7 M instructions of an empty
            // `swiftgrad run`, and of every kernel start (callgrind).
            guard let text = readSmallFile(path), let first = text.split(whereSeparator: { $0.isWhitespace }).first,
                  let v = Int(first) else { continue }
            // v1 reports "no limit" as a huge number.
            if v > 0 && v < (1 << 60) { return v }
        }
        return nil
    }

    static func readSmallFile(_ path: String) -> String? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 256)
        let n = read(fd, &buffer, buffer.count)
        guard n > 0 else { return nil }
        return String(decoding: buffer[0..<n], as: UTF8.self)
    }

    #if os(Linux)
    /// `/proc/self/statm`, kept open: one `pread` per measurement.
    private static let statm = Statm()
    private final class Statm: Sendable {
        let fd: Int32 = open("/proc/self/statm", O_RDONLY)
        let pageSize = sysconf(Int32(_SC_PAGESIZE))

        func resident() -> Int {
            guard fd >= 0 else { return 0 }
            var buffer = (Int64(0), Int64(0), Int64(0), Int64(0), Int64(0), Int64(0), Int64(0), Int64(0))
            let n = withUnsafeMutableBytes(of: &buffer) { pread(fd, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { return 0 }
            // "size resident shared ...": the second field, in pages.
            return withUnsafeBytes(of: &buffer) { raw -> Int in
                var field = 0, value = 0
                for i in 0..<n {
                    let c = raw[i]
                    if c == UInt8(ascii: " ") { field += 1; if field > 1 { break }; continue }
                    if field == 1 { value = value * 10 + Int(c &- UInt8(ascii: "0")) }
                }
                return value * pageSize
            }
        }
    }
    #endif
}

#if canImport(Glibc)
/// glibc's `malloc_trim` (not in the Glibc module map): returns free heap pages to the system.
@_silgen_name("malloc_trim") private func glibcMallocTrim(_ pad: Int) -> Int32
#endif

/// A request or a growth that would take the process over its memory budget.
public struct MemoryLimitError: Error, CustomStringConvertible, Sendable {
    /// What asked (nil: memory grew past the budget while a cell ran).
    public let what: String?
    public let requested: Int
    public let resident: Int
    public let limit: Int

    public var description: String {
        let budget = "the memory budget is \(MemoryBudget.format(limit)); \(MemoryBudget.environmentVariable) or --max-memory sets it"
        if let what {
            return "\(what) would need \(MemoryBudget.format(requested)) more with \(MemoryBudget.format(resident)) in use (\(budget))"
        }
        return "memory in use reached \(MemoryBudget.format(resident)) (\(budget)); free some variables (assign [] or nil) and run again"
    }
}
