/// One input's comparison in a gradient check.
public struct GradcheckRow {
    public var input: Int
    public var analytic: Double       // from the engine's backward pass
    public var numeric: Double        // central difference (f(x+eps) − f(x−eps)) / 2eps
    public var relativeError: Double  // |analytic − numeric| / max(|analytic|, |numeric|), 0 if both 0
    public var ok: Bool               // |analytic − numeric| ≤ atol + rtol·|numeric|
}

/// The table of a gradient check and whether every row passed.
public struct GradcheckReport {
    public var rows: [GradcheckRow]
    public var passed: Bool
}

/// Compares the engine's gradients of `f` at `xs` with central differences, with PyTorch's
/// `gradcheck` tolerances for double precision by default.
public func gradcheck(at xs: [Double], eps: Double = 1e-6, atol: Double = 1e-5, rtol: Double = 1e-3,
                      of f: ([Value]) throws -> Value) rethrows -> GradcheckReport {
    let analytic = try gradient(at: xs, of: f)
    var rows: [GradcheckRow] = []
    for i in xs.indices {
        var plus = xs, minus = xs
        plus[i] += eps
        minus[i] -= eps
        let fPlus = try f(plus.map { Value($0) }).data
        let fMinus = try f(minus.map { Value($0) }).data
        let numeric = (fPlus - fMinus) / (2 * eps)
        let diff = Swift.abs(analytic[i] - numeric)
        let scale = Swift.max(Swift.abs(analytic[i]), Swift.abs(numeric))
        let ok = diff <= atol + rtol * Swift.abs(numeric)  // false for NaN
        rows.append(GradcheckRow(input: i, analytic: analytic[i], numeric: numeric,
                                 relativeError: scale == 0 ? 0 : diff / scale, ok: ok))
    }
    return GradcheckReport(rows: rows, passed: rows.allSatisfy { $0.ok })
}
