var d = ["x": 1, "y": 2]
let old = d.updateValue(10, forKey: "x")
print(old!, d["x"]!)
let removed = d.removeValue(forKey: "y")
print(removed!, d.count, d["y"] == nil)
print(d.removeValue(forKey: "nope") == nil)
