import CTensorKernels

/// Shape arithmetic: element counts, NumPy broadcasting, and the walk over a broadcast result that
/// both the forward kernels and the gradient reductions use.
enum Shape {
    static func count(_ shape: [Int]) -> Int { shape.reduce(1, *) }

    /// The most elements one tensor may hold: BLAS indexes with 32-bit Ints. Within it, what a tensor
    /// may take is the process's memory budget (`EngineMemory.reserve`), shared with the interpreter.
    static let maxElements = Int(Int32.max)

    /// Results of more than this many bytes reserve their storage from the memory budget first (a
    /// measurement of resident memory; smaller ones are counted toward the next one).
    static let reserveThreshold = 1 << 20

    /// The element count of `shape`. A result the memory budget cannot hold (`[100000, 1] +
    /// [1, 100000]` would want 80 GB) throws `MemoryLimitError` before anything is allocated, so the
    /// cell ends in a `MemoryLimit` error and the session keeps its variables; a count beyond
    /// `maxElements` (possible only without a budget) throws a `TensorError` naming `op`.
    static func checkedCount(_ shape: [Int], op: String) throws -> Int {
        var n = 1, overflow = false
        for d in shape {
            let (r, o) = n.multipliedReportingOverflow(by: Swift.max(d, 0))
            if o { overflow = true; break }
            n = r
        }
        let (bytes, o) = n.multipliedReportingOverflow(by: MemoryLayout<Double>.stride)
        if overflow || o || bytes > reserveThreshold {
            try EngineMemory.reserve(bytes: overflow || o ? Int.max : bytes, for: "\(op): a result of shape \(text(shape))")
        } else {
            EngineMemory.note(bytes: bytes)
        }
        guard !overflow, n <= maxElements else {
            throw TensorError.invalid(op, "a result of shape \(text(shape)) has too many elements (at most \(maxElements))")
        }
        return n
    }

    /// `[100, 4]`; a 0-dimensional shape is `[]`.
    static func text(_ shape: [Int]) -> String { "[" + shape.map(String.init).joined(separator: ", ") + "]" }

    /// Row-major strides.
    static func strides(_ shape: [Int]) -> [Int] {
        var s = Array(repeating: 1, count: shape.count)
        var acc = 1
        for i in stride(from: shape.count - 1, through: 0, by: -1) { s[i] = acc; acc *= shape[i] }
        return s
    }

    /// NumPy's rule: align the shapes at the right; each pair of dimensions must be equal or 1.
    static func broadcast(_ a: [Int], _ b: [Int], op: String) throws -> [Int] {
        if a == b { return a }
        let n = max(a.count, b.count)
        var out = Array(repeating: 0, count: n)
        for i in 0..<n {
            let da = i < n - a.count ? 1 : a[i - (n - a.count)]
            let db = i < n - b.count ? 1 : b[i - (n - b.count)]
            if da == db || db == 1 { out[i] = da } else if da == 1 { out[i] = db } else {
                throw TensorError.shapeMismatch(op: op, lhs: a, rhs: b,
                                                reason: "do not broadcast (dimension \(da) against \(db))")
            }
        }
        return out
    }

    /// The strides of `shape` read as the broadcast shape `out` (0 along broadcast dimensions).
    static func broadcastStrides(_ shape: [Int], to out: [Int]) -> [Int] {
        let own = strides(shape)
        let pad = out.count - shape.count
        return (0..<out.count).map { i in i < pad || shape[i - pad] == 1 ? 0 : own[i - pad] }
    }

    /// A normalised axis (negative counts from the end, as NumPy), or an error naming the op.
    static func axis(_ axis: Int, rank: Int, op: String) throws -> Int {
        let a = axis < 0 ? axis + rank : axis
        guard a >= 0 && a < rank else {
            throw TensorError.invalid(op, "axis \(axis) is out of range for a \(rank)-dimensional tensor")
        }
        return a
    }
}

/// How two operands map onto their broadcast result: `forEach` visits every result element with
/// the offsets of the operand elements that make it. Common layouts take loops without index math.
struct Broadcast {
    let shape: [Int]
    let count: Int
    private var aStrides: [Int]
    private var bStrides: [Int]
    private let layout: Layout

    private enum Layout {
        case same              // equal shapes
        case scalarA, scalarB  // one operand has a single element
        case rowB(Int)         // a is m×n, b is one row of n (the bias add)
        case general
    }

    init(_ a: [Int], _ b: [Int], op: String) throws {
        // The common layouts need no strides (no arrays to allocate for a small op).
        aStrides = []
        bStrides = []
        if a == b {
            shape = a
            count = try Shape.checkedCount(a, op: op)
            layout = .same
            return
        }
        shape = try Shape.broadcast(a, b, op: op)
        count = try Shape.checkedCount(shape, op: op)
        let na = Shape.count(a), nb = Shape.count(b)
        if nb == 1 && na == count { layout = .scalarB; return }
        if na == 1 && nb == count { layout = .scalarA; return }
        if na == count, let n = shape.last, nb == n, b.last == n { layout = .rowB(n); return }
        aStrides = Shape.broadcastStrides(a, to: shape)
        bStrides = Shape.broadcastStrides(b, to: shape)
        layout = .general
    }

    /// po[i] = pa[ia] ∘ pb[ib] for every result element: C loops for the layouts without index
    /// arithmetic (built for the processor's vector width), the general walk otherwise.
    @inline(__always) func apply(_ op: BinaryOp, _ pa: UnsafePointer<Double>, _ pb: UnsafePointer<Double>,
                                 _ po: UnsafeMutablePointer<Double>) {
        let kernelLayout: Int
        var row = 0
        switch layout {
        case .same: kernelLayout = SWIFTGRAD_SAME
        case .scalarA: kernelLayout = SWIFTGRAD_SCALAR_A
        case .scalarB: kernelLayout = SWIFTGRAD_SCALAR_B
        case let .rowB(n): kernelLayout = SWIFTGRAD_ROW_B; row = n
        case .general:
            switch op {
            case .add: forEach { i, ia, ib in po[i] = pa[ia] + pb[ib] }
            case .subtract: forEach { i, ia, ib in po[i] = pa[ia] - pb[ib] }
            case .multiply: forEach { i, ia, ib in po[i] = pa[ia] * pb[ib] }
            case .divide: forEach { i, ia, ib in po[i] = pa[ia] / pb[ib] }
            }
            return
        }
        swiftgrad_binary(op.kernel, Int32(kernelLayout), pa, pb, po, count, row)
    }

    /// Calls `body(i, ia, ib)` for every result element `i` (in order) and its operands' offsets.
    @inline(__always) func forEach(_ body: (Int, Int, Int) -> Void) {
        switch layout {
        case .same: for i in 0..<count { body(i, i, i) }
        case .scalarA: for i in 0..<count { body(i, 0, i) }
        case .scalarB: for i in 0..<count { body(i, i, 0) }
        case let .rowB(n):
            guard n > 0 else { return }
            var i = 0
            while i < count { for j in 0..<n { body(i + j, i + j, j) }; i += n }
        case .general:
            guard count > 0 else { return }
            let rank = shape.count
            var index = Array(repeating: 0, count: rank)
            var ia = 0, ib = 0
            for i in 0..<count {
                body(i, ia, ib)
                var d = rank - 1
                while d >= 0 {
                    index[d] += 1; ia += aStrides[d]; ib += bStrides[d]
                    if index[d] < shape[d] { break }
                    ia -= aStrides[d] * shape[d]; ib -= bStrides[d] * shape[d]
                    index[d] = 0
                    d -= 1
                }
            }
        }
    }
}
