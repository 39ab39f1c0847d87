// The script sessions and recording host shared by the Swift test targets (Tests/ScriptTestSupport).
@_exported import ScriptTestSupport
