func pad(_ s: String, _ n: Int) -> String {
    s.count >= n ? s : String(repeating: " ", count: n - s.count) + s
}
for (name, v) in [("a", 1.5), ("bbb", 22.25)] {
    print(pad(name, 5) + "|" + pad(String(v), 7))
}
