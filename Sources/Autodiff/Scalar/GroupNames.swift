import Foundation

/// Interned group names ("layer 2 · neuron 3"), so a node records its group in two bytes instead of
/// a reference (no allocation or reference counting per node built inside a neuron). Names are kept
/// for the life of the process; there are only as many as distinct groups ever named.
internal enum GroupNames {
    private static let lock = NSLock()
    private static var names: [String] = [""]  // index 0 means "no group"
    private static var ids: [String: UInt16] = [:]

    /// The index of `name`, registering it if new; 0 when the table is full.
    static func id(for name: String) -> UInt16 {
        lock.lock()
        defer { lock.unlock() }
        if let id = ids[name] { return id }
        guard names.count <= Int(UInt16.max) else { return 0 }
        let id = UInt16(names.count)
        names.append(name)
        ids[name] = id
        return id
    }

    static func name(of id: UInt16) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return id != 0 && Int(id) < names.count ? names[Int(id)] : nil
    }
}
