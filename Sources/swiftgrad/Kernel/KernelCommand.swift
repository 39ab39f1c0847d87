import ArgumentParser
import Foundation
import JupyterKernel

/// `swiftgrad kernel -f CONNECTION_FILE`: serves the language over the Jupyter protocol.
struct KernelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kernel", abstract: "Run the Jupyter kernel (started by Jupyter with a connection file).")

    @Option(name: [.customShort("f"), .customLong("connection-file")], help: "The connection file Jupyter wrote.")
    var connectionFile: String

    @OptionGroup var memory: MemoryOption

    func run() throws {
        Log.debug("kernel command started")
        memory.apply()
        let connection: ConnectionFile
        do { connection = try ConnectionFile(path: connectionFile) } catch {
            throw ValidationError("cannot read \(connectionFile): \(error)")
        }
        let server = try KernelServer(connection: connection, makeBackend: { LanguageBackend() })
        // SIGINT (interrupt_mode "signal", or Ctrl-C in a terminal) interrupts the cell instead of
        // killing the kernel.
        let interrupts = SignalInterrupts { server.interrupt() }
        withExtendedLifetime(interrupts) { _ = server.run() }
        // A restart is done by the client relaunching this process with the same connection file.
    }
}
