import ArgumentParser
import Foundation

/// `swiftgrad install [--user | --sys-prefix | --prefix DIR]`: makes the kernel known to Jupyter.
struct InstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Install the `swiftgrad` kernelspec so Jupyter can start this binary.",
        discussion: "Default: --user. --sys-prefix uses $VIRTUAL_ENV, else the prefix of the jupyter/python on PATH.")

    @Flag(help: "Install for the current user (Jupyter's user data directory).")
    var user = false

    @Flag(help: "Install into the prefix of the active virtualenv or of the Python/Jupyter on PATH.")
    var sysPrefix = false

    @Option(help: "Install into PREFIX/share/jupyter/kernels.")
    var prefix: String?

    func validate() throws {
        if [user, sysPrefix, prefix != nil].filter({ $0 }).count > 1 {
            throw ValidationError("use only one of --user, --sys-prefix, --prefix")
        }
    }

    func run() throws {
        let kernels: URL
        if let prefix {
            kernels = JupyterPaths.kernels(inPrefix: prefix)
        } else if sysPrefix {
            guard let found = JupyterPaths.sysPrefix() else {
                throw ValidationError("--sys-prefix: no $VIRTUAL_ENV and no python3/jupyter on PATH")
            }
            kernels = JupyterPaths.kernels(inPrefix: found)
        } else {
            kernels = JupyterPaths.userKernels()
        }
        let directory = try KernelspecWriter.install(into: kernels, binaryPath: KernelspecWriter.currentBinaryPath())
        print("Installed kernelspec swiftgrad in \(directory.path)")
    }
}
