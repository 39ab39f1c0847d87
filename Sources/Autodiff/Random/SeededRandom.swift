// The engine's generator is the package's one `RandomSource` (Sources/SeededRandom, shared with the
// language); re-exported so users of the engine see it as part of it.
@_exported import SeededRandom
