import CBLAS
import Foundation

/// The BLAS behind `matmul`: Debian's BLIS through its CBLAS interface, on one thread (the serial
/// build; lesson-sized matrices gain nothing from threads, and the machine is shared).
///
/// BLIS chooses its kernels at run time from the processor's features (CPUID). For AVX-512 Intel
/// processors it also wants the number of AVX-512 FMA units, which it reads from the model name;
/// for a name it does not know ("Intel(R) Xeon(R) Processor", as virtual machines report) it falls
/// back to its AVX2 kernels (`haswell`), about half the speed of its AVX-512 ones (`skx`) here.
/// Both compute the same products (the tests compare them with NumPy); on a part with one FMA unit
/// `skx` does as many flops per cycle as `haswell` (16), so when the processor has every AVX-512
/// subset the `skx` kernels use we choose them — unless `BLIS_ARCH_TYPE` already chooses. BLIS
/// reads the variable once, when it initialises; it is removed again afterwards so child processes
/// do not inherit it.
enum BLAS {
    private static let archVariable = "BLIS_ARCH_TYPE"
    /// BLIS's id of its `skx` sub-configuration (what BLIS_ARCH_TYPE takes).
    static let skxArch = Int32(SwiftgradBLISArchSKX)

    /// Initialises BLIS once, before the first product.
    static let ready: Void = {
        let chosenByUs = getenv(archVariable) == nil && CPUFeatures.current.runsBLISSkylakeKernels
        if chosenByUs { setenv(archVariable, String(skxArch), 0) }
        bli_init()
        bli_thread_set_num_threads(1)
        if chosenByUs { unsetenv(archVariable) }
    }()

    /// "BLIS 0.9.0 (skx kernels)".
    static var description: String {
        _ = ready
        return "BLIS \(String(cString: bli_info_get_version_str())) (\(kernels) kernels)"
    }

    /// The sub-configuration BLIS runs: "skx", "haswell", "zen3", …
    static var kernels: String {
        _ = ready
        return name(ofArch: bli_arch_query_id())
    }

    static func name(ofArch id: Int32) -> String {
        _ = ready
        return String(cString: bli_arch_string(id))
    }
}

/// The processor's vendor and feature flags as Linux reports them (`/proc/cpuinfo`; flags the
/// kernel cannot use, such as AVX-512 without OS support for its registers, are not listed).
struct CPUFeatures {
    var vendor = ""
    var flags: Set<String> = []

    static let current: CPUFeatures = {
        guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return CPUFeatures() }
        return CPUFeatures(cpuinfo: info)
    }()

    init(vendor: String = "", flags: Set<String> = []) {
        self.vendor = vendor
        self.flags = flags
    }

    /// The first processor's `vendor_id` and `flags` lines.
    init(cpuinfo: String) {
        for line in cpuinfo.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let key = parts[0].trimmingCharacters(in: .whitespaces), value = parts[1]
            if key == "vendor_id", vendor.isEmpty { vendor = value.trimmingCharacters(in: .whitespaces) }
            if key == "flags", flags.isEmpty { flags = Set(value.split(separator: " ").map(String.init)) }
            if !vendor.isEmpty && !flags.isEmpty { break }
        }
    }

    /// The features BLIS's `skx` configuration requires of an Intel processor.
    static let blisSkylakeFlags: Set<String> = ["avx", "fma", "avx2", "avx512f", "avx512dq", "avx512bw", "avx512vl"]

    var runsBLISSkylakeKernels: Bool { vendor == "GenuineIntel" && flags.isSuperset(of: CPUFeatures.blisSkylakeFlags) }
}
