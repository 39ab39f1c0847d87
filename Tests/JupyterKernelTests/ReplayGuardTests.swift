import XCTest
@testable import JupyterKernel

final class ReplayGuardTests: XCTestCase {
    func testRejectsASecondUseOfADigest() {
        var guardian = ReplayGuard()
        XCTAssertTrue(guardian.accept("a"))
        XCTAssertTrue(guardian.accept("b"))
        XCTAssertFalse(guardian.accept("a"))
        XCTAssertFalse(guardian.accept("b"))
    }

    func testStaysBoundedAndForgetsTheOldestFirst() {
        var guardian = ReplayGuard(capacity: 100)
        for i in 0..<1000 { XCTAssertTrue(guardian.accept("d\(i)")) }
        XCTAssertLessThanOrEqual(guardian.count, 100)
        XCTAssertGreaterThanOrEqual(guardian.count, 90)
        XCTAssertFalse(guardian.accept("d999"), "recent digests are remembered")
        XCTAssertTrue(guardian.accept("d0"), "the oldest digests were culled")
    }
}
