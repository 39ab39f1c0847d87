import Foundation

/// Why Graphviz could not draw a graph. `hint` is the one line a learner sees next to the DOT text.
public enum GraphvizError: Error, Equatable, CustomStringConvertible {
    case notInstalled
    case timedOut(seconds: Double)
    case failed(status: Int32, message: String)
    case couldNotLaunch(String)

    public var hint: String {
        switch self {
        case .notInstalled:
            return "Graphviz `dot` is not installed (apt-get install graphviz) — showing the DOT source instead."
        case let .timedOut(seconds):
            return "Graphviz took longer than \(NumberFormat.short(seconds)) s and was stopped — showing the DOT source instead."
        case let .failed(status, message):
            let first = message.split(separator: "\n").first.map(String.init) ?? ""
            return "Graphviz failed (exit \(status)\(first.isEmpty ? "" : ": " + first)) — showing the DOT source instead."
        case let .couldNotLaunch(reason):
            return "Graphviz could not be started (\(reason)) — showing the DOT source instead."
        }
    }

    public var description: String { hint }
}

/// Runs Graphviz's `dot` as a subprocess.
public enum Graphviz {
    /// The `dot` executable on `PATH`, or nil.
    public static var dotPath: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/dot"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Renders DOT text to SVG with `dot -Tsvg`, stopping it after `timeout` seconds.
    public static func renderSVG(dot: String, timeout: Double = 10) -> Result<String, GraphvizError> {
        render(dot: dot, format: "svg", timeout: timeout).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Renders DOT text with `dot -T<format>` (e.g. "png"), stopping it after `timeout` seconds.
    public static func render(dot: String, format: String, timeout: Double = 10) -> Result<Data, GraphvizError> {
        guard let executable = dotPath else { return .failure(.notInstalled) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-T\(format)"]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do { try process.run() } catch { return .failure(.couldNotLaunch(error.localizedDescription)) }

        // Write and read on their own threads: a big graph fills the pipe buffers both ways, and
        // doing either on this thread could deadlock with `dot`.
        let io = DispatchGroup()
        let input = Data(dot.utf8)
        DispatchQueue.global().async(group: io) {
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        let outputDrain = PipeDrain(stdout.fileHandleForReading, group: io)
        let errorDrain = PipeDrain(stderr.fileHandleForReading, group: io)

        if finished.wait(timeout: .now() + Swift.max(0.1, timeout)) == .timedOut {
            process.terminate()
            _ = finished.wait(timeout: .now() + 1)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            _ = io.wait(timeout: .now() + 1)
            return .failure(.timedOut(seconds: timeout))
        }
        _ = io.wait(timeout: .now() + 5)
        let output = outputDrain.data, errors = errorDrain.data
        guard process.terminationStatus == 0, !output.isEmpty else {
            return .failure(.failed(status: process.terminationStatus,
                                    message: String(decoding: errors, as: UTF8.self)))
        }
        return .success(output)
    }
}

/// Reads a pipe to its end on a queue of its own. The bytes are handed over under a lock: after a
/// timed-out wait the reader may still be running.
private final class PipeDrain: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes = Data()

    init(_ handle: FileHandle, group: DispatchGroup) {
        DispatchQueue.global().async(group: group) { [self] in
            let read = handle.readDataToEndOfFile()
            lock.withLock { bytes = read }
        }
    }

    var data: Data { lock.withLock { bytes } }
}
