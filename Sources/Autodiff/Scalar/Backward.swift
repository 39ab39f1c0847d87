/// Reverse-mode differentiation: an iterative depth-first topological sort, then one reverse sweep.
///
/// Visited marks are an epoch number stored in each node (no hash set); the sort writes node
/// addresses into one reused `WorkBuffer` (the order from the front, the depth-first stack from the
/// back), and the sweep reads them as unretained references — the root keeps the whole graph alive
/// for the duration of the call — so there is no allocation or reference counting per node.
extension Value {
    @exclusivity(unchecked) @usableFromInline internal static var currentEpoch: UInt32 = 0

    /// The buffer kept between passes: a fresh multi-megabyte one per pass costs more in page faults
    /// than the sweep itself. Buffers beyond `spareLimit` words are freed after use.
    @exclusivity(unchecked) private static var spare: WorkBuffer?
    internal static let spareLimit = 1 << 23

    /// A fresh visit mark; 0 is never used so new nodes (epoch 0) count as unvisited.
    internal static func nextEpoch() -> UInt32 {
        currentEpoch &+= 1
        if currentEpoch == 0 { currentEpoch = 1 }
        return currentEpoch
    }

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

    /// Back-propagates from this node: seeds its gradient with 1, then applies the chain rule in
    /// reverse topological order. Leaves accumulate across calls; intermediates show this pass only
    /// (see the type's documentation). Iterative: safe for graphs of any depth.
    ///
    /// The reverse order is decreasing creation order, read from `CreationTape`: a node is reached
    /// (marked with this pass's epoch, an intermediate's gradient reset to 0) by the first consumer
    /// that propagates into it, and propagates in turn when the walk gets down to its id. The walk
    /// stops once no reached intermediate node is left.
    public func backward() {
        AllocatorTuning.apply()
        guard CreationTape.records(id) else { return backwardBySorting() }
        let epoch = Value.nextEpoch()
        visitEpoch = epoch
        flags |= Value.gradComputedFlag
        if code == .leaf { storedGrad += 1; return }
        storedGrad = 1
        var pending = 0  // reached intermediate nodes that have not propagated yet
        propagateGradToOperands(reaching: epoch, pending: &pending)
        let shift = CreationTape.chunkShift, mask = CreationTape.chunkSize - 1
        var id = self.id - 1
        while pending > 0 && id > 0 {
            let firstInChunk = id & ~mask
            guard let chunk = CreationTape.directory[id >> shift] else { id = firstInChunk - 1; continue }
            let slots = chunk + 1 - firstInChunk  // slots[id] is the address of node `id`
            let stop = Swift.max(firstInChunk, 1)
            while id >= stop && pending > 0 {
                let address = slots[id]
                id -= 1
                guard address != 0 else { continue }
                Value.node(address)._withUnsafeGuaranteedRef { n in
                    guard n.visitEpoch == epoch, n.code != .leaf else { return }
                    pending -= 1
                    n.propagateGradToOperands(reaching: epoch, pending: &pending)
                }
            }
            id = Swift.min(id, firstInChunk - 1)
        }
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

    /// Marks an operand reached by this pass: the first time, its gradient is marked computed and,
    /// for an intermediate node, reset to 0 and counted as pending.
    @inline(__always)
    private static func reach(_ o: Value, _ epoch: UInt32, _ pending: inout Int) {
        guard o.visitEpoch != epoch else { return }
        o.visitEpoch = epoch
        o.flags |= gradComputedFlag
        if o.code != .leaf {
            o.storedGrad = 0
            pending += 1
        }
    }

    /// Adds this node's gradient times each local derivative to its operands' gradients, reaching
    /// each operand first (see `backward()`).
    @inline(__always)
    internal func propagateGradToOperands(reaching epoch: UInt32, pending: inout Int) {
        let g = storedGrad
        switch code {
        case .leaf:
            return
        case .custom:
            guard let extras = extras else { return }
            let ps = extras.customParents, ds = extras.customDerivatives
            for p in ps { Value.reach(p, epoch, &pending) }
            for k in 0..<Swift.min(ps.count, ds.count) { ps[k].storedGrad += g * ds[k] }
        default:
            guard let p0 = parent0 else { return }
            p0._withUnsafeGuaranteedRef { a in
                Value.reach(a, epoch, &pending)
                if let p1 = parent1 {
                    p1._withUnsafeGuaranteedRef { b in
                        Value.reach(b, epoch, &pending)
                        let (d0, d1) = localPartials(a.data, b.data)
                        a.storedGrad += g * d0
                        b.storedGrad += g * d1
                    }
                } else {
                    a.storedGrad += g * localPartials(a.data, 0).0
                }
            }
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
