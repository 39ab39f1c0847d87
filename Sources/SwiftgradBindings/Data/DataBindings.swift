import SwiftgradLang
import Autodiff

/// Reproducible randomness and the data sets: `seed`, `random(in:)`, `randn`, `xorData`, `makeMoons`,
/// `makeCircles`, `makeSpirals`, `makeBlobs`, `loadCSV`. All draw from the engine's one seeded
/// generator, which also initialises MLP weights.
enum DataBindings {
    static var rng: RandomSource { RandomSource.shared }

    static func install(_ b: Binder) {
        b.function("seed", signature: "seed(_ n: Int)",
                   doc: "Seeds the generator behind weights, data sets, random(in:), randn() and shuffled().") { args in
            guard let n = args[0].asInt else { throw RuntimeError(.typeMismatch, "seed needs an Int") }
            rng.seed(UInt64(bitPattern: Int64(n)))
            return .void
        }
        b.function("random", signature: "random(in range: ClosedRange<Double>) -> Double",
                   doc: "A uniform random Double in the range, from the seeded generator.") { args in
            try random(in: args[0])
        }
        b.function("randn", signature: "randn() -> Double",
                   doc: "A standard normal random number from the seeded generator.") { _ in .double(rng.normal()) }
        b.function("xorData", signature: "xorData() -> (X: [[Double]], y: [Int])",
                   doc: "The four XOR points and labels.") { _ in Convert.dataset(xorData()) }
        b.function("makeMoons", labels: nil, signature: "makeMoons(_ n: Int, noise: Double = 0.1) -> (X: [[Double]], y: [Int])",
                   doc: "Two interleaving half circles (labels 0/1), as scikit-learn's make_moons.") { args in
            let r = args.named("makeMoons")
            return Convert.dataset(makeMoons(try count(r), noise: try r.double("noise", default: 0.1)))
        }
        b.function("makeCircles", labels: nil,
                   signature: "makeCircles(_ n: Int, noise: Double = 0.05, factor: Double = 0.5) -> (X: [[Double]], y: [Int])",
                   doc: "A small circle inside a big one (labels 0/1).") { args in
            let r = args.named("makeCircles")
            return Convert.dataset(makeCircles(try count(r), noise: try r.double("noise", default: 0.05),
                                               factor: try r.double("factor", default: 0.5)))
        }
        b.function("makeSpirals", labels: nil,
                   signature: "makeSpirals(_ n: Int, classes: Int = 2, noise: Double = 0.1) -> (X: [[Double]], y: [Int])",
                   doc: "Interleaved spiral arms, one per class.") { args in
            let r = args.named("makeSpirals")
            return Convert.dataset(makeSpirals(try count(r), classes: try r.int("classes", default: 2),
                                               noise: try r.double("noise", default: 0.1)))
        }
        b.function("makeBlobs", labels: nil,
                   signature: "makeBlobs(_ n: Int, centers: Int = 3, std: Double = 1.0) -> (X: [[Double]], y: [Int])",
                   doc: "Gaussian blobs around random centers, one class each.") { args in
            let r = args.named("makeBlobs")
            return Convert.dataset(makeBlobs(try count(r), centers: try r.int("centers", default: 3),
                                             std: try r.double("std", default: 1.0)))
        }
        b.function("loadCSV", signature: "loadCSV(_ path: String) -> (X: [[Double]], y: [Int])",
                   doc: "Reads a numeric CSV file; the last column is the integer label.") { args in
            guard let path = args[0].asString else { throw RuntimeError(.typeMismatch, "loadCSV needs a path String") }
            do { return Convert.dataset(try loadCSV(path)) } catch {
                throw RuntimeError(.ioError, "loadCSV(\"\(path)\"): \(error)")
            }
        }
    }

    static func count(_ r: Arguments.Named) throws -> Int {
        guard let n = try r.required(0, "n").asInt, n >= 0, n <= 10_000_000 else {
            throw r.error("n must be an Int between 0 and 10,000,000")
        }
        return n
    }

    /// A uniform Double in the range's bounds (Int bounds are accepted: `random(in: -1...1)`).
    static func random(in v: ScriptValue) throws -> ScriptValue {
        guard case let .range(r) = v else { throw RuntimeError(.typeMismatch, "random(in:) needs a range like -1.0...1.0") }
        guard let lo = r.lower.asDouble, let hi = r.upper.asDouble, lo <= hi, lo.isFinite, hi.isFinite else {
            throw RuntimeError(.invalidArgument, "random(in:) needs a finite, non-empty numeric range")
        }
        return .double(rng.uniform(in: lo...hi))
    }
}
