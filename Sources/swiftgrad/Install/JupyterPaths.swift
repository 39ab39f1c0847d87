import Foundation

/// Where Jupyter looks for kernelspecs (the subset of jupyter_core's paths `install` writes to).
enum JupyterPaths {
    static func kernels(inPrefix prefix: String) -> URL {
        URL(fileURLWithPath: prefix).appendingPathComponent("share/jupyter/kernels", isDirectory: true)
    }

    /// $JUPYTER_DATA_DIR, else $XDG_DATA_HOME/jupyter, else ~/.local/share/jupyter (Linux).
    static func userKernels() -> URL {
        let env = ProcessInfo.processInfo.environment
        let data: URL
        if let dir = env["JUPYTER_DATA_DIR"], !dir.isEmpty {
            data = URL(fileURLWithPath: dir)
        } else if let xdg = env["XDG_DATA_HOME"], !xdg.isEmpty {
            data = URL(fileURLWithPath: xdg).appendingPathComponent("jupyter")
        } else {
            data = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share/jupyter")
        }
        return data.appendingPathComponent("kernels", isDirectory: true)
    }

    /// $VIRTUAL_ENV, else the prefix of `jupyter` or `python3` on PATH (…/bin/x → …).
    static func sysPrefix() -> String? {
        let env = ProcessInfo.processInfo.environment
        if let venv = env["VIRTUAL_ENV"], !venv.isEmpty { return venv }
        for tool in ["jupyter", "python3", "python"] {
            if let path = findOnPath(tool, in: env["PATH"] ?? "") {
                return URL(fileURLWithPath: path).deletingLastPathComponent().deletingLastPathComponent().path
            }
        }
        return nil
    }

    private static func findOnPath(_ tool: String, in path: String) -> String? {
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = "\(dir)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
