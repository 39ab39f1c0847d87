var out = ""
for i in 0..<5 {
    if !out.isEmpty { out += ", " }
    out += "item\(i)"
}
print(out)
var s = "x"
s.append("y")
s.append(contentsOf: "zz")
print(s, s.count)
