import ArgumentParser
import Foundation
import SwiftgradLang

/// `swiftgrad run FILE.swiftgrad`: runs a script in the terminal. Exit status 1 on an error.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run a .swiftgrad script; displays print their text/plain form.")

    @Argument(help: "The script to run.")
    var file: String

    func run() throws {
        let source: String
        do { source = try String(contentsOfFile: file, encoding: .utf8) } catch {
            FileHandle.standardError.write("swiftgrad: cannot read \(file): \(error.localizedDescription)\n".data(using: .utf8)!)
            throw ExitCode(2)
        }
        let host = TerminalScriptHost()
        let interpreter = InterpreterFactory.make(host: host)
        let interrupts = SignalInterrupts { interpreter.interrupt() }
        let result = withExtendedLifetime(interrupts) {
            interpreter.execute(source, cellName: (file as NSString).lastPathComponent)
        }
        switch result {
        case let .success(value):
            if let value { host.printBundle(value) }
        case let .failure(error):
            host.write(TerminalScriptHost.describe(error), to: .stderr)
            throw ExitCode(1)
        }
    }
}
