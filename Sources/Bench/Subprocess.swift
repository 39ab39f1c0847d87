import Foundation

/// Runs another program (a Python anchor, `swiftgrad run`, a memory probe) and collects its output.
struct Subprocess {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
        var seconds: Double
        /// CPU time (user + system) of the child and its own children.
        var cpuSeconds: Double = 0
        var timedOut: Bool
        var succeeded: Bool { status == 0 && !timedOut }

        /// The last non-empty stderr line, or the exit status: why a run failed, in one line.
        var failureSummary: String {
            if timedOut { return "timed out" }
            let last = stderr.split(separator: "\n").last(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
            return last.map(String.init) ?? "exit status \(status)"
        }
    }

    /// Runs `arguments[0]` (looked up on PATH when it has no slash) with the rest as arguments.
    /// Kills the process after `timeout` seconds.
    static func run(_ arguments: [String], timeout: Double = 600) -> Outcome {
        let process = Process()
        if let program = arguments.first, program.contains("/") {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = Array(arguments.dropFirst())
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = arguments
        }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice

        // Both pipes are drained concurrently so a chatty child cannot block on a full pipe.
        let group = DispatchGroup()
        let outData = DataBox(), errData = DataBox()
        // Not `waitUntilExit()`: off the main thread it polls a run loop with nothing to wait on and
        // spins a core, which the program being timed then has to share.
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        let start = Stopwatch.now()
        let cpuBefore = childrenCPUSeconds()
        do { try process.run() } catch {
            return Outcome(status: -1, stdout: "", stderr: "cannot start \(arguments.first ?? ""): \(error)",
                           seconds: 0, timedOut: false)
        }
        DispatchQueue.global().async(group: group) { outData.data = out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errData.data = err.fileHandleForReading.readDataToEndOfFile() }

        var timedOut = false
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            process.terminate()
            if finished.wait(timeout: .now() + 2) == .timedOut { kill(process.processIdentifier, SIGKILL); finished.wait() }
        }
        let seconds = Double(Stopwatch.now() - start) / 1e9
        group.wait()
        // The child has been reaped (its termination handler ran), so its times are counted; the
        // harness runs one child at a time, so the difference is this child's.
        return Outcome(status: process.terminationStatus, stdout: String(decoding: outData.data, as: UTF8.self),
                       stderr: String(decoding: errData.data, as: UTF8.self), seconds: seconds,
                       cpuSeconds: childrenCPUSeconds() - cpuBefore, timedOut: timedOut)
    }

    /// User + system CPU seconds of all reaped children of this process.
    static func childrenCPUSeconds() -> Double {
        guard let usage = ProcessMemory.resourceUsage(ofChildren: true) else { return 0 }
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The path of the running executable (for starting it again as a probe or a kernel).
    static var ownExecutable: String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return URL(fileURLWithPath: CommandLine.arguments.first ?? "swiftgrad").standardizedFileURL.path
    }
}

/// Output collected by a reader thread; read only after the reader's group has finished.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}

/// A parsed JSON object with lookups by key path ("chain.forward_ns").
struct JSONObject {
    let root: [String: Any]

    /// Parses the last line of `text` that is a JSON object (anchors print one line of JSON).
    init?(lastLineOf text: String) {
        for line in text.split(separator: "\n").reversed() where line.hasPrefix("{") {
            if let data = line.data(using: .utf8),
               let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            {
                root = object
                return
            }
        }
        return nil
    }

    func value(_ path: String) -> Any? {
        var current: Any? = root
        for key in path.split(separator: ".") { current = (current as? [String: Any])?[String(key)] }
        return current
    }

    func double(_ path: String) -> Double? {
        if let n = value(path) as? NSNumber { return n.doubleValue }
        return value(path) as? Double
    }

    func string(_ path: String) -> String? { value(path) as? String }
}
