func describe(_ score: Int) -> [String] {
    var notes: [String] = []
    switch score {
    case 90...100:
        notes.append("excellent")
        fallthrough
    case 70..<90:
        notes.append("passed")
    default:
        notes.append("retry")
    }
    return notes
}
print(describe(95), describe(75), describe(10))
