import Foundation

/// What a node stands for in a lesson: data fed in, a trainable parameter, or a computed result.
public enum ValueRole: String, CaseIterable {
    case input, parameter, intermediate
}

/// A scalar node of a computation graph (micrograd's `Value`), compared by reference identity.
///
/// Layout: a node is a compact final class of 72 bytes (an 80-byte block from malloc) — `data`, `grad`,
/// up to two operands inline (the second word holds the exponent of `x ** 2.0` instead), a one-byte op
/// code, one byte of flags (role, grad state), a visit epoch for the topological sort, a two-byte group
/// index, and an optional out-of-line `ValueExtras` that is only allocated when a label is set, or for
/// custom n-ary operations.
///
/// Gradient semantics of `backward()`:
/// - the root gets gradient 1 and every node reachable from it is marked `gradComputed`;
/// - **leaves** (inputs and parameters — nodes without operands) *accumulate* across calls, as in
///   PyTorch: call `zeroGrad()` (or an optimiser's `zeroGrad()`) between training steps;
/// - **intermediate** nodes are reset at the start of every pass, so they show the gradient of the
///   latest pass only (for `e = d * d * d` at d = 2, two passes give `d.grad == 24`, every
///   intermediate shows the single-pass value — unlike micrograd's double counting, its issue #53);
/// - a node used more than once receives the sum over all paths (`b = a + a` gives `a.grad == 2`).
/// The graph is walked iteratively (no recursion on graph depth), and freeing a long chain is
/// iterative too, so graphs of millions of nodes neither overflow the stack going back nor going away.
/// A node freed as part of a graph is kept for reuse by the next graph (`Storage/NodePool.swift`).
/// Not thread-safe: one graph is built and differentiated by one thread at a time.
public final class Value {
    // Stored properties opt out of dynamic exclusivity checks: the engine never holds overlapping
    // accesses to a node, and the checks cost more than the arithmetic in the forward and backward sweeps.

    /// The node's value. Settable (optimisers update parameters in place); nodes computed from it
    /// keep their old value until the forward pass is run again.
    @exclusivity(unchecked) public var data: Double
    @exclusivity(unchecked) @usableFromInline internal var storedGrad: Double = 0
    /// The operands, retained by hand (`passRetained` here, released in `ChainRelease.swift`) so
    /// that walking the graph reads plain pointers without reference-counting traffic.
    @exclusivity(unchecked) @usableFromInline internal var parent0: Unmanaged<Value>?
    /// The second operand's address, or for `x ** n` the bits of `n` (see `parent1` and `aux`):
    /// sharing the word keeps a node at 72 bytes.
    @exclusivity(unchecked) @usableFromInline internal var slot1: UInt
    @exclusivity(unchecked) @usableFromInline internal var extras: ValueExtras?
    /// Unique, increasing in creation order (so every operand has a smaller id than its result).
    @exclusivity(unchecked) public internal(set) var id: Int
    @exclusivity(unchecked) @usableFromInline internal var visitEpoch: UInt32 = 0
    @exclusivity(unchecked) @usableFromInline internal var code: OpCode
    @exclusivity(unchecked) @usableFromInline internal var flags: UInt8
    /// The nn group as an index into `GroupNames` (0: none); fits in the node's padding.
    @exclusivity(unchecked) @usableFromInline internal var groupID: UInt16 = 0

    @usableFromInline internal static let gradComputedFlag: UInt8 = 1
    @usableFromInline internal static let roleShift: UInt8 = 1

    /// A leaf, freshly allocated. `Value(2.0)` (below) reuses a pooled node when there is one.
    @usableFromInline
    internal init(unpooled data: Double, label: String = "", role: ValueRole = .input) {
        let (id, slot) = Value.claimID()
        self.data = data
        self.slot1 = 0
        self.code = .leaf
        self.id = id
        self.flags = Value.roleBits(role)
        slot?.pointee = Value.word(Unmanaged.passUnretained(self))
        if !label.isEmpty { self.label = label }
    }

    /// A node computed by a built-in op (`Value.make`), its operands already retained by the caller:
    /// `second` is the second operand's address, or the bits of the exponent of `x ** n`.
    @usableFromInline
    internal init(_ data: Double, code: OpCode, retained p0: Unmanaged<Value>, _ second: UInt) {
        (self.data, self.slot1, self.id, self.code, self.flags) = (0, 0, 0, .leaf, 0)
        fill(data, code: code, retained: p0, second)
    }

    /// A node computed by a custom n-ary operation.
    internal init(custom name: String, inputs: [Value], value: Double, localDerivatives: [Double]) {
        let (id, slot) = Value.claimID()
        self.data = value
        self.slot1 = 0
        self.code = .custom
        self.id = id
        self.flags = Value.roleBits(.intermediate)
        slot?.pointee = Value.word(Unmanaged.passUnretained(self))
        let extras = ValueExtras()
        extras.customName = name
        extras.customParents = inputs
        extras.customDerivatives = localDerivatives
        self.extras = extras
    }

    deinit {
        CreationTape.erase(id: id)
        releaseOperands()
    }

    /// A new node's id (counted for the memory budget) and its slot in the creation tape.
    @inline(__always)
    internal static func claimID() -> (Int, UnsafeMutablePointer<UInt>?) {
        nextID &+= 1
        EngineMemory.noteNode(nextID)
        return (nextID, CreationTape.reserveSlot(for: nextID))
    }

    @usableFromInline
    internal static func roleBits(_ role: ValueRole) -> UInt8 {
        switch role {
        case .input: return 0
        case .parameter: return 1 << roleShift
        case .intermediate: return 2 << roleShift
        }
    }

    /// The second operand of a binary operation (nil for leaves, unary and custom operations, `x ** n`).
    @inlinable
    internal var parent1: Unmanaged<Value>? {
        guard code != .powConst, let raw = UnsafeRawPointer(bitPattern: slot1) else { return nil }
        return Unmanaged.fromOpaque(raw)
    }

    /// The exponent of `x ** n` with a number `n`; 0 for other operations.
    @inlinable
    internal var aux: Double { code == .powConst ? Double(bitPattern: UInt64(slot1)) : 0 }

    /// The extras, created on first use.
    internal var mutableExtras: ValueExtras {
        if let extras = extras { return extras }
        let created = ValueExtras()
        extras = created
        return created
    }
}

/// Lets `Value(2.0)` hand out a pooled node (`Storage/NodePool.swift`): a class's own initialiser
/// always allocates a new object, an initialiser in a protocol extension may assign `self`.
/// Leaves are a third of an MLP-shaped graph's nodes (its weights as constants).
public protocol _PooledValueInit {}

extension Value: _PooledValueInit {}

extension _PooledValueInit where Self == Value {
    /// A leaf: an input (default) or a parameter.
    @inlinable @inline(__always)
    public init(_ data: Double, label: String = "", role: ValueRole = .input) {
        self = Value.leaf(data, label: label, role: role)
    }
}

// MARK: - Public properties

extension Value {
    /// ∂root/∂self after a backward pass (0 before). Setting it marks the gradient as computed.
    public var grad: Double {
        get { storedGrad }
        set { storedGrad = newValue; flags |= Value.gradComputedFlag }
    }

    /// A name for displays ("w1", "L1.N2.b"); empty when unnamed.
    public var label: String {
        get { extras?.label ?? "" }
        set {
            if newValue.isEmpty && extras == nil { return }
            mutableExtras.label = newValue
        }
    }

    /// The operation that produced this node: "" for a leaf, "+", "-", "*", "/", "neg", "**", "relu",
    /// "tanh", "sigmoid", "exp", "log", "sin", "cos", "abs", or a custom op's name.
    public var op: String {
        code == .custom ? (extras?.customName ?? "custom") : code.symbol
    }

    /// The built-in operation that produced this node, with its rules (`.custom` for custom ops).
    public var opCode: OpCode { code }

    /// The operands in order; a node used twice appears twice (`a + a` has parents `[a, a]`).
    public var parents: [Value] {
        if code == .custom { return extras?.customParents ?? [] }
        guard let p0 = parent0?.takeUnretainedValue() else { return [] }
        guard let p1 = parent1?.takeUnretainedValue() else { return [p0] }
        return [p0, p1]
    }

    /// True for nodes without operands (inputs and parameters).
    public var isLeaf: Bool { code == .leaf }

    /// False until a backward pass reached this node (or `grad` was set); `zeroGrad()` clears it.
    public var gradComputed: Bool { flags & Value.gradComputedFlag != 0 }

    /// The exponent when this node is `x ** n` with a number `n`; nil otherwise.
    public var exponent: Double? { code == .powConst ? aux : nil }

    /// The nn group of a node built inside a neuron, e.g. "layer 2 · neuron 3".
    public var group: String? {
        get { groupID == 0 ? extras?.groupOverflow : GroupNames.name(of: groupID) }
        set {
            groupID = newValue.map { GroupNames.id(for: $0) } ?? 0
            if groupID == 0 && (newValue != nil || extras?.groupOverflow != nil) {
                mutableExtras.groupOverflow = newValue
            }
        }
    }

    /// Input, parameter or intermediate (computed nodes are `.intermediate`).
    public var role: ValueRole {
        get {
            switch (flags >> Value.roleShift) & 3 {
            case 1: return .parameter
            case 2: return .intermediate
            default: return .input
            }
        }
        set { flags = (flags & ~(3 << Value.roleShift)) | Value.roleBits(newValue) }
    }

    /// Sets this node's gradient to 0 and marks it "not yet computed".
    public func zeroGrad() {
        storedGrad = 0
        flags &= ~Value.gradComputedFlag
    }
}

extension Value: CustomStringConvertible {
    /// `Value(data: 49.0, grad: 0.0)`, with the label first when there is one.
    public var description: String {
        let name = label.isEmpty ? "" : "\(label): "
        return "Value(\(name)data: \(data), grad: \(grad))"
    }
}
