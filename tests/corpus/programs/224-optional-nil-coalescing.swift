let settings: [String: String] = ["lr": "0.05", "epochs": "x"]
let lr = Double(settings["lr"] ?? "") ?? 0.1
let epochs = Int(settings["epochs"] ?? "") ?? 10
let batch = Int(settings["batch"] ?? "32") ?? 1
print(lr, epochs, batch)
let a: Int? = nil
let b: Int? = nil
let c: Int? = 3
print(a ?? b ?? c ?? 0)
var cache: [Int: Int] = [:]
func square(_ n: Int) -> Int {
    if let hit = cache[n] { return hit }
    let v = n * n
    cache[n] = v
    return v
}
print(square(4), square(4), cache.count)
