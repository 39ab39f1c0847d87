enum NetError: Error { case timeout, refused }
struct FileError: Error { let path: String }
func fail(_ k: Int) throws {
    switch k {
    case 0: throw NetError.timeout
    case 1: throw FileError(path: "/tmp/x")
    case 2: throw NetError.refused
    default: print("fine")
    }
}
for k in 0..<4 {
    do {
        try fail(k)
    } catch let e as FileError {
        print("file", e.path)
    } catch NetError.timeout {
        print("timeout")
    } catch is NetError {
        print("some net error")
    } catch {
        print("unknown")
    }
}
