// The `swiftgrad` executable: `kernel`, `install`, `run` and `bench` subcommands.
SwiftgradCommand.main()
