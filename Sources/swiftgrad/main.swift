// The `swiftgrad` executable: `kernel`, `install`, `run` and `bench` subcommands.
if !FastLaunch.run(Array(CommandLine.arguments.dropFirst())) {
    SwiftgradCommand.main()
}
