import Foundation
import MimeBundle

/// Writes the `swiftgrad` kernelspec: kernel.json (the template in kernelspec/swiftgrad/kernel.json
/// with the absolute path of this binary as argv[0]) and the two logos.
struct KernelspecWriter {
    static let name = "swiftgrad"

    /// The kernel.json content for a binary at `binaryPath`.
    static func kernelJSON(binaryPath: String) -> JSONValue {
        .object([
            ("argv", .array([.string(binaryPath), .string("kernel"), .string("-f"), .string("{connection_file}")])),
            ("display_name", .string("Swiftgrad")),
            ("language", .string("swiftgrad")),
            ("interrupt_mode", .string("message")),
            ("kernel_protocol_version", .string("5.5")),
            ("metadata", .object([("supported_encryption", .array([.string("curve")]))])),
        ])
    }

    /// Writes the kernelspec into `kernelsDirectory/swiftgrad` and returns that directory.
    static func install(into kernelsDirectory: URL, binaryPath: String) throws -> URL {
        let directory = kernelsDirectory.appendingPathComponent(name, isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let json = kernelJSON(binaryPath: binaryPath)
        let pretty = try JSONSerialization.data(withJSONObject: json.foundationObject, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        try pretty.write(to: directory.appendingPathComponent("kernel.json"))
        for (size, base64) in [(32, KernelspecLogos.png32), (64, KernelspecLogos.png64)] {
            guard let png = Data(base64Encoded: base64) else { continue }
            try png.write(to: directory.appendingPathComponent("logo-\(size)x\(size).png"))
        }
        return directory
    }

    /// The absolute path of the running executable.
    static func currentBinaryPath() -> String {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return resolved
        }
        let argv0 = CommandLine.arguments.first ?? "swiftgrad"
        return URL(fileURLWithPath: argv0).standardizedFileURL.path
    }
}
