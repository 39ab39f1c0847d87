import Foundation
import XCTest
@testable import Autodiff

/// BLIS runs the kernels Swiftgrad chooses: its AVX-512 ones (`skx`) on Intel processors with the
/// AVX-512 subsets they use (BLIS alone falls back to `haswell` for model names it does not know),
/// and its own choice elsewhere or when BLIS_ARCH_TYPE is set.
final class BLASChoiceTests: XCTestCase {
    func testCPUInfoIsParsedForVendorAndFlags() {
        let info = """
            processor\t: 0
            vendor_id\t: GenuineIntel
            model name\t: Intel(R) Xeon(R) Processor
            flags\t\t: fpu sse2 avx fma avx2 avx512f avx512dq avx512cd avx512bw avx512vl
            processor\t: 1
            vendor_id\t: Other
            """
        let f = CPUFeatures(cpuinfo: info)
        XCTAssertEqual(f.vendor, "GenuineIntel")
        XCTAssertTrue(f.flags.contains("avx512vl"))
        XCTAssertTrue(f.runsBLISSkylakeKernels)
        XCTAssertFalse(CPUFeatures(vendor: "GenuineIntel", flags: ["avx", "fma", "avx2"]).runsBLISSkylakeKernels)
        XCTAssertFalse(CPUFeatures(vendor: "AuthenticAMD", flags: f.flags).runsBLISSkylakeKernels)
    }

    func testBLISRunsTheChosenKernelsAndLeavesNoVariableBehind() {
        let description = Tensor.blasDescription
        XCTAssertTrue(description.hasPrefix("BLIS 0."), description)
        if ProcessInfo.processInfo.environment["BLIS_ARCH_TYPE"] == nil {
            XCTAssertNil(getenv("BLIS_ARCH_TYPE"), "the variable is removed after BLIS read it")
            if CPUFeatures.current.runsBLISSkylakeKernels { XCTAssertEqual(BLAS.kernels, "skx") }
        }
        XCTAssertTrue(description.hasSuffix("(\(BLAS.kernels) kernels)"), description)
        XCTAssertEqual(BLAS.name(ofArch: BLAS.skxArch), "skx", "the id given to BLIS_ARCH_TYPE is BLIS's skx")
    }
}
