enum ValidationError: Error { case negative(Int), tooLarge(Int), notEven }
func validate(_ n: Int) throws -> Int {
    guard n >= 0 else { throw ValidationError.negative(n) }
    guard n <= 100 else { throw ValidationError.tooLarge(n) }
    guard n % 2 == 0 else { throw ValidationError.notEven }
    return n / 2
}
for n in [10, -3, 200, 7] {
    do {
        let h = try validate(n)
        print("ok", h)
    } catch ValidationError.negative(let v) {
        print("negative", v)
    } catch ValidationError.tooLarge(let v) where v > 150 {
        print("way too large", v)
    } catch {
        print("error:", error)
    }
}
func parse(_ s: String) -> Int? {
    guard !s.isEmpty, let v = Int(s), v > 0 else { return nil }
    return v
}
print(["5", "", "-1", "x", "12"].map { parse($0) ?? 0 })
