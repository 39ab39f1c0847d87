import Foundation
import XCTest
@testable import Bench

/// `swiftgrad bench --only SECTION --write FILE` replaces the sections it ran and keeps the rest of FILE.
final class BenchFileMergeTests: XCTestCase {
    private func section(_ title: String, figure: String) -> BenchmarkSection {
        var section = BenchmarkSection(title: title, anchorName: "anchor")
        section.rows = [BenchmarkRow(what: "a figure", swiftgrad: figure, anchor: "1 ms", ratio: "1×", target: "—",
                                     verdict: .informational)]
        section.notes = ["how \(title) was measured"]
        return section
    }

    private func report(_ sections: [BenchmarkSection], command: String) -> BenchReport {
        BenchReport(sections: sections, machine: ["CPU: test", "load average at start (other processes share the cores): 1.00 2.00 3.00"],
                    date: "2026-12-05 12:00 UTC", seconds: 1, command: command)
    }

    private let hand = "\n## Before and after\n\nHand-written history.\n"

    private func writtenFile() throws -> String {
        let path = NSTemporaryDirectory() + "bench-merge-\(UUID().uuidString).md"
        let full = report([section("Engine (issue 4)", figure: "E1"), section("Interpreter (issue 3)", figure: "I1"),
                           section("Kernel (issue 2)", figure: "K1"), section("Tensors (issue 11)", figure: "T1")],
                          command: "swiftgrad bench --write x")
        try (full.markdown + "\n" + BenchReport.keptMarker + "\n" + hand).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testOnlyOneSectionReplacesItAndKeepsTheOthersAndTheKeptText() throws {
        let path = try writtenFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let before = try String(contentsOfFile: path, encoding: .utf8)
        let partial = report([section("Kernel (issue 2, 14)", figure: "K2")], command: "swiftgrad bench --only kernel --write x")
        let after = partial.fileText(replacing: path, allSectionsRan: false)

        XCTAssertTrue(after.contains("| a figure | K2 |"), after)
        XCTAssertFalse(after.contains("| a figure | K1 |"), "the old Kernel section is replaced")
        for kept in ["E1", "I1", "T1"] { XCTAssertTrue(after.contains("| a figure | \(kept) |"), "\(kept) kept") }
        XCTAssertTrue(after.contains("Re-measured alone by `swiftgrad bench --only kernel --write x` on 2026-12-05 12:00 UTC; load average"))
        // In place: Engine, Interpreter, Kernel, Tensors, then the closing paragraph and the kept text.
        let order = ["## Engine", "## Interpreter", "## Kernel (issue 2, 14)", "## Tensors", "Reproduce:", BenchReport.keptMarker,
                     "## Before and after"].map { after.range(of: $0)!.lowerBound }
        XCTAssertEqual(order, order.sorted())
        XCTAssertTrue(after.hasSuffix(hand))
        // The header still describes the full run, and the kept sections are unchanged.
        let header = before[..<before.range(of: "## Engine")!.lowerBound]
        XCTAssertTrue(after.hasPrefix(header))
        let tensors = before[before.range(of: "## Tensors")!.lowerBound..<before.range(of: "Reproduce:")!.lowerBound]
        XCTAssertTrue(after.contains(tensors))
    }

    func testRunningItAgainReplacesTheReplacementAndASectionNewToTheFileGoesLast() throws {
        let path = try writtenFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = report([section("Kernel (issue 2)", figure: "K2")], command: "c1").fileText(replacing: path, allSectionsRan: false)
        try first.write(toFile: path, atomically: true, encoding: .utf8)
        let second = report([section("Kernel (issue 2)", figure: "K3"), section("Widgets (issue 9)", figure: "W1")], command: "c2")
            .fileText(replacing: path, allSectionsRan: false)
        XCTAssertEqual(second.components(separatedBy: "## Kernel").count, 2, "one Kernel section")
        XCTAssertTrue(second.contains("| a figure | K3 |"))
        XCTAssertFalse(second.contains("`c1`"), "the first re-measurement's note went with its section")
        XCTAssertLessThan(second.range(of: "## Tensors")!.lowerBound, second.range(of: "## Widgets")!.lowerBound)
        XCTAssertLessThan(second.range(of: "## Widgets")!.lowerBound, second.range(of: "Reproduce:")!.lowerBound)
    }

    func testAFullRunRewritesEverythingButTheKeptText() throws {
        let path = try writtenFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let full = report([section("Engine (issue 4)", figure: "E9")], command: "full")
        let text = full.fileText(replacing: path, allSectionsRan: true)
        XCTAssertTrue(text.hasPrefix(full.markdown))
        XCTAssertFalse(text.contains("| a figure | K1 |"))
        XCTAssertTrue(text.hasSuffix(hand))
    }

    func testOnlyOneSectionIntoAMissingFileWritesThatSection() {
        let path = NSTemporaryDirectory() + "bench-merge-missing-\(UUID().uuidString).md"
        let partial = report([section("Kernel (issue 2)", figure: "K2")], command: "c")
        XCTAssertEqual(partial.fileText(replacing: path, allSectionsRan: false), partial.markdown)
    }
}
