import Autodiff
import Foundation
import MimeBundle

/// Seed 002's worked example: L = (w·x + b)² with w = 2, x = 3, b = 1.
struct Seed002 {
    let w = Value(2, label: "w", role: .parameter)
    let x = Value(3, label: "x")
    let b = Value(1, label: "b", role: .parameter)
    let z: Value
    let h: Value
    let L: Value

    init() {
        z = w * x
        z.label = "z"
        h = z + b
        h.label = "h"
        L = h ** 2
        L.label = "L"
    }
}

/// f(x, y, z) = (x + y) · z at x = -2, y = 5, z = -4 (the classic CS231n example), intermediates unlabelled.
struct SumTimes {
    let x = Value(-2, label: "x")
    let y = Value(5, label: "y")
    let z = Value(-4, label: "z")
    let f: Value

    init() {
        f = (x + y) * z
        f.label = "f"
    }
}

enum Golden {
    /// Tests/DisplaysTests/Golden, found from this file's path (no resource bundle needed).
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func read(_ name: String) -> String? {
        try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// Writes the file when `SWIFTGRAD_UPDATE_GOLDEN=1` (to create or refresh goldens deliberately).
    static func updateIfAsked(_ name: String, _ text: String) {
        guard ProcessInfo.processInfo.environment["SWIFTGRAD_UPDATE_GOLDEN"] == "1" else { return }
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
}

/// When `SWIFTGRAD_PREVIEW_DIR` is set, tests leave their rendered outputs there for a human to look at.
enum Preview {
    static func save(_ name: String, _ text: String) {
        guard let dir = ProcessInfo.processInfo.environment["SWIFTGRAD_PREVIEW_DIR"] else { return }
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try? text.write(toFile: "\(dir)/\(name)", atomically: true, encoding: .utf8)
    }
}

extension MimeBundle {
    func text(_ mime: String) -> String? {
        if case let .string(s)? = self[mime] { return s }
        return nil
    }
}
