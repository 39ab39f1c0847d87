func shift(_ s: String, by k: Int) -> String {
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    var out = ""
    for c in s {
        if let i = letters.firstIndex(of: c) {
            out.append(letters[(i + k + 26) % 26])
        } else {
            out.append(c)
        }
    }
    return out
}
let secret = shift("hello world", by: 3)
print(secret, shift(secret, by: -3))
