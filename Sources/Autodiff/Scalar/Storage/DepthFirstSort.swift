/// The depth-first topological sort, for what the creation tape cannot answer: `topologicalOrder`,
/// `zeroGrad(graphOf:)`, and `backward()` on nodes past 2^32 ids.
///
/// Visited marks are an epoch number stored in each node (no hash set); the sort writes node
/// addresses into one reused `WorkBuffer` (the order from the front, the depth-first stack from the
/// back), and readers take them as unretained references — the root keeps the whole graph alive
/// for the duration of the call — so there is no allocation or reference counting per node.
extension Value {
    /// The buffer kept between passes: a fresh multi-megabyte one per pass costs more in page faults
    /// than the sweep itself. Buffers beyond `spareLimit` words are freed after use.
    @exclusivity(unchecked) private static var spare: WorkBuffer?
    internal static let spareLimit = 1 << 23

    /// The result of a sort: `count` node addresses at the front of `buffer`, operands first.
    internal struct SortedNodes {
        var buffer: WorkBuffer
        var count: Int

        @inline(__always) subscript(i: Int) -> Unmanaged<Value> { Value.node(buffer.base[i]) }

        /// Hands the buffer back for the next pass.
        func recycle() {
            if buffer.capacity <= Value.spareLimit && buffer.capacity > (Value.spare?.capacity ?? 0) {
                Value.spare?.free()
                Value.spare = buffer
            } else {
                buffer.free()
            }
        }
    }

    // Stack entries are a node's address with the operand to visit next in the low bits:
    // 0 and 1 for `parent0` and `parent1`, 2 when both are done; custom nodes use `customTag` and
    // keep their operand index on a side stack (they may have any number of operands).
    private static let customTag: UInt = 3

    /// Every node reachable from `root`, operands before results, each once (leaves only when
    /// `includingLeaves`). With `preparingBackward`, intermediate nodes are reset to grad 0 and all
    /// reached nodes, leaves included, are marked computed.
    internal static func sortedNodes(from root: Value, includingLeaves: Bool, preparingBackward: Bool) -> SortedNodes {
        let epoch = nextEpoch()
        let computed = preparingBackward ? gradComputedFlag : 0
        var buffer = spare ?? WorkBuffer(capacity: 1 << 12)
        spare = nil
        var count = 0                  // order: buffer[0..<count]
        var top = buffer.capacity      // stack: buffer[top..<capacity], top of stack at `top`
        var customCursors: [Int] = []  // next operand of each custom node on the stack

        @inline(__always) func emit(_ word: UInt) {
            if count == top {
                let depth = buffer.capacity - top
                buffer.grow(front: count, back: depth)
                top = buffer.capacity - depth
            }
            buffer.base[count] = word
            count += 1
        }
        @inline(__always) func push(_ node: Unmanaged<Value>, isCustom: Bool) {
            if count == top {
                let depth = buffer.capacity - top
                buffer.grow(front: count, back: depth)
                top = buffer.capacity - depth
            }
            top -= 1
            buffer.base[top] = word(node) | (isCustom ? customTag : 0)
            if isCustom { customCursors.append(0) }
        }

        root.visitEpoch = epoch
        if root.code == .leaf {
            root.flags |= computed
            if includingLeaves { emit(word(Unmanaged.passUnretained(root))) }
            return SortedNodes(buffer: buffer, count: count)
        }
        push(Unmanaged.passUnretained(root), isCustom: root.code == .custom)
        while top < buffer.capacity {
            let entry = buffer.base[top]
            let tag = entry & 15
            let operand: Unmanaged<Value>? = node(entry)._withUnsafeGuaranteedRef { n in
                switch tag {
                case 0:
                    buffer.base[top] = entry | 1
                    return n.parent0
                case 1:
                    buffer.base[top] = (entry & ~UInt(15)) | 2
                    return n.parent1
                case customTag:
                    let i = customCursors[customCursors.count - 1]
                    guard let ps = n.extras?.customParents, i < ps.count else { return nil }
                    customCursors[customCursors.count - 1] = i + 1
                    return Unmanaged.passUnretained(ps[i])
                default:
                    return nil
                }
            }
            if let operand = operand {
                operand._withUnsafeGuaranteedRef { o in
                    guard o.visitEpoch != epoch else { return }
                    o.visitEpoch = epoch
                    if o.code == .leaf {
                        o.flags |= computed
                        if includingLeaves { emit(word(operand)) }
                    } else {
                        push(operand, isCustom: o.code == .custom)
                    }
                }
            } else {
                top += 1
                if tag == customTag { customCursors.removeLast() }
                if preparingBackward {
                    node(entry)._withUnsafeGuaranteedRef { n in
                        n.storedGrad = 0
                        n.flags |= computed
                    }
                }
                emit(entry & ~UInt(15))
            }
        }
        return SortedNodes(buffer: buffer, count: count)
    }

    /// Every node reachable from `root`, operands before results, each once.
    internal static func topologicalNodes(from root: Value) -> [Value] {
        let sorted = sortedNodes(from: root, includingLeaves: true, preparingBackward: false)
        defer { sorted.recycle() }
        var out: [Value] = []
        out.reserveCapacity(sorted.count)
        for i in 0..<sorted.count { out.append(sorted[i].takeUnretainedValue()) }
        return out
    }

    /// `backward()` for nodes past the creation tape: sort the graph depth-first, then sweep.
    /// Internal so that tests can check both walks give the same gradients.
    internal func backwardBySorting() {
        // Leaves are marked while sorting but left out of the order: they have nothing to pass on.
        let sorted = Value.sortedNodes(from: self, includingLeaves: false, preparingBackward: true)
        defer { sorted.recycle() }
        if code == .leaf { storedGrad += 1 } else { storedGrad = 1 }
        // Every node is already marked with this epoch by the sort, so reaching one changes nothing.
        let epoch = Value.currentEpoch
        var pending = 0
        let base = sorted.buffer.base
        var i = sorted.count
        while i > 0 {
            i -= 1
            Value.node(base[i])._withUnsafeGuaranteedRef { $0.propagateGradToOperands(reaching: epoch, pending: &pending) }
        }
    }
}

/// Every node reachable from `root`, operands before the nodes computed from them, each node once.
/// Computed iteratively (no recursion on depth).
public func topologicalOrder(from root: Value) -> [Value] {
    Value.topologicalNodes(from: root)
}

/// Sets every gradient in the graph of `root` to 0 and marks them "not yet computed".
public func zeroGrad(graphOf root: Value) {
    let sorted = Value.sortedNodes(from: root, includingLeaves: true, preparingBackward: false)
    defer { sorted.recycle() }
    for i in 0..<sorted.count { sorted[i]._withUnsafeGuaranteedRef { $0.zeroGrad() } }
}
