/// The engine's process-wide counters. Like the rest of the engine, not thread-safe: one graph is
/// built and differentiated by one thread at a time.
extension Value {
    /// The id of the latest node created (ids count up from 1, so operands have smaller ids).
    @exclusivity(unchecked) @usableFromInline internal static var nextID = 0

    /// The visit mark of the latest graph walk (a backward pass or a sort).
    @exclusivity(unchecked) @usableFromInline internal static var currentEpoch: UInt32 = 0

    /// A fresh visit mark; 0 is never used so new nodes (epoch 0) count as unvisited.
    internal static func nextEpoch() -> UInt32 {
        currentEpoch &+= 1
        if currentEpoch == 0 { currentEpoch = 1 }
        return currentEpoch
    }
}
