import Autodiff

/// Issue 11's figures: tensors against NumPy on one thread — the explicit-delta training of the matrix-form lesson in
/// the language, matmul through the engine's BLAS, and an MLP 784-128-10 forward + backward on a
/// batch of 256 (the engine's autodiff against NumPy's hand-written backprop).
enum TensorSection {
    static func run(_ context: BenchContext) -> BenchmarkSection {
        var section = BenchmarkSection(title: "Tensors (issue 11)", anchorName: "NumPy")
        let (anchor, anchorFailure) = context.runAnchor("tensor_anchor.py")

        let seed = seedSeconds(context)
        section.rows.append(.compare("seed 001 training, 1000 epochs of explicit deltas, in Swiftgrad",
                                     swiftgrad: seed.seconds, anchor: anchor?.double("seed001_s"), format: Format.seconds,
                                     target: .speedupAtLeast(3), failure: seed.failure))

        var rates: [String] = []
        for n in [512, 1024] {
            context.log("tensors: matmul \(n)×\(n)")
            let seconds = matmulSeconds(n)
            let theirs = anchor?.double("matmul_\(n)_s")
            let flops = 2 * Double(n * n * n)
            rates.append("\(n)²: Swiftgrad \(gflops(flops / seconds)), NumPy " + (theirs.map { gflops(flops / $0) } ?? "—"))
            section.rows.append(.compare("matmul \(n)×\(n) Doubles, one product, one thread", swiftgrad: seconds,
                                         anchor: theirs, format: Format.seconds,
                                         target: .ratioAtLeast(0.8, label: "≥ 0.8× NumPy's GFLOP/s")))
        }

        context.log("tensors: MLP 784-128-10, batch 256")
        section.rows.append(.compare("MLP 784-128-10 forward + backward, batch 256 (autodiff, native engine)",
                                     swiftgrad: mlpSeconds(), anchor: anchor?.double("mlp_s"), format: Format.seconds,
                                     target: .ratioAtLeast(1 / 1.5, label: "≤ 1.5× NumPy's time")))

        section.notes = [
            "Swiftgrad's BLAS: Debian's \(Tensor.blasDescription), one thread (the serial build); products of up to " +
                "\(Tensor.smallProduct) multiply-adds use C loops instead (seed 001's 100×2·2×4; Sources/CTensorKernels, built for AVX-512, AVX2 and baseline x86-64 like the element-wise kernels). NumPy \(anchor?.string("numpy") ?? ""): " +
                "\(anchor?.string("blas") ?? "—"), with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset for it alone.",
            "GFLOP/s — " + rates.joined(separator: "; ") + ". Ratio = NumPy's time ÷ Swiftgrad's (= Swiftgrad's GFLOP/s ÷ NumPy's).",
            "seed 001: bench/seed001_deltas.swiftgrad, the seed's loop line for line (100×2 data, 2-4-1 sigmoid, lr 0.1), " +
                "by `swiftgrad run` in a child process (CPU time) minus an empty program's, fastest of \(seedRuns) runs of each taken in alternation; NumPy: the same loop " +
                "(bench/tensor_anchor.py), CPU time of the loop, fastest of 5.",
            "Why BLIS (measured on the Intel Xeon these benchmarks first ran on; BLIS picks its kernels for each processor, zen3 on AMD EPYC): Debian's OpenBLAS 0.3.21 does not know that processor model and runs its generic Prescott (SSE3) " +
                "kernels, 15 GFLOP/s; its SkylakeX kernels are as fast as NumPy's but are only had by setting OPENBLAS_CORETYPE " +
                "before the library loads, which this workplace sets on some processors because older OpenBLAS builds compute " +
                "wrong results there. BLIS chooses its kernels from CPUID features when it initialises; for AVX-512 parts whose " +
                "model name it does not know it falls back to its AVX2 kernels (haswell, about 38 GFLOP/s here), so Swiftgrad " +
                "chooses its AVX-512 kernels (skx) when the processor has them (Sources/Autodiff/Tensor/BLAS.swift); the tests " +
                "compare the products with NumPy's.",
            "matmul: CPU time of one product of two random N×N matrices, fastest of 5 (Swiftgrad through `Tensor.matmul`). " +
                "MLP: ReLU hidden layer, softmax cross-entropy; Swiftgrad builds the graph from `requiresGrad` weights and runs " +
                "`backward()` (dW1, db1, dW2, db2; the data gets no gradient), NumPy computes the same four gradients by hand; fastest of 10.",
        ]
        if let anchorFailure { section.notes.append("The NumPy anchor did not run: \(anchorFailure).") }
        return section
    }

    /// The native timings as one JSON line (for `--tensor-probe`).
    static func probeJSON() -> String {
        "{\"matmul_512_s\": \(matmulSeconds(512)), \"matmul_1024_s\": \(matmulSeconds(1024)), \"mlp_s\": \(mlpSeconds())}"
    }

    /// The program's CPU time minus an empty program's, each the fastest of `seedRuns` runs taken in
    /// alternation: a start-up measured once at the start of a long run on a loaded machine (or with
    /// a stray slow start) can be off by more than this whole 1000-epoch program takes.
    /// 15: on a shared machine 20 runs of each spread over 6.4-10.2 ms (empty) and 15.8-26 ms (the
    /// program), and the fastest of 7 still moved the difference by ±20% from run to run.
    static let seedRuns = 15

    static func seedSeconds(_ context: BenchContext) -> (seconds: Double?, failure: String?) {
        context.log("swiftgrad run seed001_deltas.swiftgrad (and empty.swiftgrad, alternating)")
        var program = Double.infinity, empty = Double.infinity
        for _ in 0..<seedRuns {
            let e = Subprocess.run([context.executable, "run", context.path("empty.swiftgrad")], timeout: 30)
            let p = Subprocess.run([context.executable, "run", context.path("seed001_deltas.swiftgrad")], timeout: 120)
            guard e.succeeded, p.succeeded else { return (nil, p.succeeded ? e.failureSummary : p.failureSummary) }
            empty = min(empty, e.cpuSeconds)
            program = min(program, p.cpuSeconds)
        }
        return (max(0, program - empty), nil)
    }

    static func gflops(_ rate: Double) -> String { String(format: "%.1f GFLOP/s", rate / 1e9) }

    static func matmulSeconds(_ n: Int) -> Double {
        let source = RandomSource(seed: 1)
        guard let a = try? Tensor.randn([n, n], source: source), let b = try? Tensor.randn([n, n], source: source) else { return .nan }
        _ = try? Tensor.matmul(a, b)
        return Stopwatch.best(of: 5) { _ = try? Tensor.matmul(a, b) }
    }

    static func mlpSeconds() -> Double {
        let source = RandomSource(seed: 2)
        guard let X = try? Tensor.randn([256, 784], source: source),
              let W1 = try? Tensor.randn([784, 128], requiresGrad: true, source: source),
              let W2 = try? Tensor.randn([128, 10], requiresGrad: true, source: source),
              let b1 = try? Tensor.zeros([128], requiresGrad: true), let b2 = try? Tensor.zeros([10], requiresGrad: true)
        else { return .nan }
        let labels = (0..<256).map { _ in source.int(in: 0..<10) }
        func step() {
            guard let h = try? (Tensor.matmul(X, W1) + b1).relu(),
                  let logits = try? Tensor.matmul(h, W2) + b2,
                  let loss = try? Tensor.crossEntropy(logits, labels: labels) else { return }
            try? loss.backward()
        }
        step()
        return Stopwatch.best(of: 10) { step() }
    }
}
