import ArgumentParser
import Foundation
import SwiftgradLang

/// `swiftgrad run FILE.swiftgrad`: runs a script in the terminal. Exit status 1 on an error.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run a .swiftgrad script; displays print their text/plain form.")

    @Argument(help: "The script to run.")
    var file: String

    @Option(name: .customLong("max-output"),
            help: "Truncate stream output after this many characters, with a note (0: no limit; default: $SWIFTGRAD_MAX_OUTPUT, else no limit).")
    var maxOutput: Int?

    @OptionGroup var memory: MemoryOption

    func run() throws {
        memory.apply()
        try RunCommand.run(file: file, maxOutput: maxOutput)
    }

    /// The command's work once its options are known (`FastLaunch` calls it without parsing).
    static func run(file: String, maxOutput: Int?) throws {
        let source: String
        do { source = try String(contentsOfFile: file, encoding: .utf8) } catch {
            FileHandle.standardError.write("swiftgrad: cannot read \(file): \(error.localizedDescription)\n".data(using: .utf8)!)
            throw ExitCode(2)
        }
        let limit = maxOutput.map { $0 > 0 ? $0 : nil } ?? StreamLimit.configured(fallback: nil)
        let host = TerminalScriptHost(maxOutput: limit)
        let interpreter = InterpreterFactory.make(host: host)
        let interrupts = SignalInterrupts { interpreter.interrupt() }
        // Switched on directly, not kept in a variable: destroying a kept `Result` went through its
        // type metadata, whose `ScriptError: Error` check scanned the binary's conformance records
        // (250k instructions, 3% of an empty run; callgrind).
        switch withExtendedLifetime(interrupts, {
            interpreter.execute(source, cellName: (file as NSString).lastPathComponent)
        }) {
        case let .success(value):
            if let value { host.printBundle(value) }
            host.finishLiveDisplay()
        case let .failure(error):
            host.finishLiveDisplay()
            FileHandle.standardError.write(TerminalScriptHost.describe(error).data(using: .utf8)!)
            throw ExitCode(1)
        }
    }
}
