import MemoryBudget
@_exported import struct MemoryBudget.MemoryLimitError

/// The engine's side of the process's memory budget (`MemoryBudget`, shared with the interpreter):
/// creating nodes measures resident memory every few thousand nodes and marks the budget exceeded,
/// which the interpreter (and `train`'s stop check) turn into a `MemoryLimit` error; code that
/// allocates one large block at once — a tensor's storage — reserves it first:
///
/// ```swift
/// try EngineMemory.reserve(count, of: Double.self, for: "a 1000×1000 tensor")
/// ```
public enum EngineMemory {
    /// Nodes between two measurements (a power of two minus one, as a mask over node ids).
    @usableFromInline static let measureMask = 4095

    /// Called with each new node's id (ids count up from 1).
    @inlinable @inline(__always) static func noteNode(_ id: Int) {
        if id & measureMask == 0 { MemoryBudget.measure() }
    }

    /// Counts a block too small to reserve (see `MemoryBudget.note(bytes:)`).
    @inlinable public static func note(bytes: Int) { MemoryBudget.note(bytes: bytes) }

    /// Throws when `bytes` more would take the process over its memory budget.
    public static func reserve(bytes: Int, for what: String) throws(MemoryLimitError) {
        try MemoryBudget.reserve(bytes: bytes, for: what)
    }

    /// `reserve(bytes:for:)` for `count` elements of `type` (a count that overflows never fits).
    public static func reserve<T>(_ count: Int, of type: T.Type, for what: String) throws(MemoryLimitError) {
        let (bytes, overflow) = max(0, count).multipliedReportingOverflow(by: MemoryLayout<T>.stride)
        try MemoryBudget.reserve(bytes: overflow ? Int.max : bytes, for: what)
    }

    /// Whether the process went over its budget: long native loops poll this as they poll interrupts.
    public static var isExceeded: Bool { MemoryBudget.isExceeded }
}
