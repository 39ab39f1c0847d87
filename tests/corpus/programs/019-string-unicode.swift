let s = "héllo wörld"
print(s.count, s.uppercased())
let e = "café"
print(e.count, e.hasSuffix("é"))
print("日本語".count)
