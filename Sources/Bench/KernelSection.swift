/// Issue 2's figures: kernel start-up and execute round-trip through jupyter_client, Swiftgrad's
/// kernel and ipykernel in one run (bench/kernel_roundtrip.py does the measuring).
enum KernelSection {
    static func run(_ context: BenchContext) -> BenchmarkSection {
        var section = BenchmarkSection(title: "Kernel (issue 2)", anchorName: "ipykernel")
        guard context.withAnchors else {
            section.notes = ["Measured only with `--anchors` (it needs the venv's jupyter_client and ipykernel)."]
            return section
        }
        let (result, failure) = context.runAnchor("kernel_roundtrip.py", ["--swiftgrad", context.executable], timeout: 240)
        let swiftgradError = result?.string("swiftgrad.error")
        section.rows = [
            .compare("start-up to first kernel_info_reply (median of 3)", swiftgrad: result?.double("swiftgrad.startup_s"),
                     anchor: result?.double("ipykernel.startup_s"), format: Format.seconds, target: .speedupAtLeast(10),
                     failure: swiftgradError ?? failure),
            .compare("of which jupyter_client's own work: start_kernel() and start_channels() returned (median of 3)",
                     swiftgrad: result?.double("swiftgrad.client_part_s"), anchor: result?.double("ipykernel.client_part_s"),
                     format: Format.seconds, target: .none, failure: swiftgradError ?? failure),
            .compare("start-up to first execute_reply of `1 + 1` (median of the starts after the first)",
                     swiftgrad: result?.double("swiftgrad.first_execute_s"), anchor: result?.double("ipykernel.first_execute_s"),
                     format: Format.seconds, target: .atMost(0.020, label: "≤ 20 ms"), failure: swiftgradError ?? failure),
            .compare("trivial execute round-trip, execute_request → idle (median of 50)",
                     swiftgrad: result?.double("swiftgrad.roundtrip_s"), anchor: result?.double("ipykernel.roundtrip_s"),
                     format: Format.seconds, target: .speedupAtLeast(5), failure: swiftgradError ?? failure),
            .compare("idle kernel memory (VmRSS) 1 s after ready, before any cell", swiftgrad: result?.double("swiftgrad.idle_rss_mib"),
                     anchor: result?.double("ipykernel.idle_rss_mib"), format: Format.mebibytes,
                     target: .atMost(25, label: "≤ 25 MiB"),
                     failure: swiftgradError ?? failure),
            .compare("idle kernel memory (VmRSS) 1 s after the 55 round-trip cells", swiftgrad: result?.double("swiftgrad.after_cells_rss_mib"),
                     anchor: result?.double("ipykernel.after_cells_rss_mib"), format: Format.mebibytes, target: .none,
                     failure: swiftgradError ?? failure),
        ]
        section.notes = [
            "Both kernels are started by jupyter_client's KernelManager from kernelspecs in a temporary folder; " +
                "the cell is `1 + 1`. The client's sockets retry connecting every 5 ms (ZeroMQ's default 100 ms " +
                "would round start-ups up to 100 ms steps). Round-trip target: at most one fifth of ipykernel's.",
        ]
        if let error = result?.string("ipykernel.error") { section.notes.append("ipykernel failed: \(error)") }
        return section
    }
}
