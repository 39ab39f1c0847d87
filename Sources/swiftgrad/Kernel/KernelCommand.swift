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
        memory.apply()
        try KernelCommand.serve(connectionFile: connectionFile)
    }

    /// The command's work once its options are known (`FastLaunch` calls it without parsing).
    static func serve(connectionFile: String) throws {
        Log.debug("kernel command started")
        let connection: ConnectionFile
        do { connection = try ConnectionFile(path: connectionFile) } catch {
            throw ValidationError("cannot read \(connectionFile): \(error)")
        }
        Log.debug("connection file read")
        let server = try KernelServer(connection: connection, makeBackend: { LanguageBackend() })
        if connection.hasRandomPorts { try writeBoundPorts(server.connection, to: connectionFile) }
        // SIGINT (interrupt_mode "signal", or Ctrl-C in a terminal) interrupts the cell instead of
        // killing the kernel.
        let interrupts = SignalInterrupts { server.interrupt() }
        // The front end died: stop serving (the running cell is interrupted) and exit; a cell stuck in
        // a builtin that ignores the interrupt is not waited for longer than a few seconds.
        let parentWatch = ParentWatch {
            Log.warning("parent process is gone: shutting down")
            server.shutdown()
            DispatchQueue.global().asyncAfter(deadline: .now() + 5) { Foundation.exit(0) }
        }
        Log.debug("serving")
        withExtendedLifetime((interrupts, parentWatch)) { _ = server.run() }
        // A restart is done by the client relaunching this process with the same connection file.
    }

    /// Ports given as 0 were chosen at bind time: the client learns them from the connection file,
    /// so write them back (atomically, keeping every other field).
    private static func writeBoundPorts(_ bound: ConnectionFile, to connectionFile: String) throws {
        guard let original = try? String(contentsOfFile: connectionFile, encoding: .utf8),
              let rewritten = bound.rewritingPorts(of: original) else {
            throw ValidationError("cannot rewrite \(connectionFile) with the bound ports")
        }
        try rewritten.write(toFile: connectionFile, atomically: true, encoding: .utf8)
        Log.info("bound random ports: shell \(bound.shellPort), iopub \(bound.iopubPort), stdin \(bound.stdinPort), control \(bound.controlPort), hb \(bound.hbPort)")
    }
}
