var d: [String: [Double]] = [:]
d["a", default: []].append(1)
d["b"] = [2]
d["b"]?.append(3)
print(d["a"]!, d["b"]!)
d["c"] = []
d["c"]!.append(4)
d["c"]! += [5]
print(d["c"]!)
var m: [[Double]] = [[], []]
m[0].append(1)
m[1] += [2, 3]
m.append([7])
print(m)
struct Layer { var w: [[Double]] = []; var b: [Double] = [] }
var l = Layer()
l.w.append([1, 2])
l.w[0].append(3)
l.b.append(4)
l.b += [5]
print(l.w, l.b)
final class Net { var ws: [[Double]] = [[]]; var h: [String: Double] = [:] }
let n = Net()
n.ws[0].append(1)
n.ws.append([2])
n.h["x"] = 3
n.h["y", default: 0] += 1
print(n.ws, n.h["x"]!, n.h["y"]!)
var t: ([Double], Int) = ([], 0)
t.0.append(1)
t.0 += [2]
print(t)
var o: [Double]? = []
o?.append(1)
o!.append(2)
print(o!)
var dd: [String: [String: Double]] = [:]
dd["a", default: [:]]["b"] = 1
dd["a"]?["c"] = 2
print(dd["a"]!["b"]!, dd["a"]!["c"]!)
var sets: [Int: Set<Double>] = [:]
sets[1, default: []].insert(2)
print(sets[1]!.contains(2.0), sets[1]!.first!)
var arrOfDict: [[String: Double]] = [[:]]
arrOfDict[0]["k"] = 5
print(arrOfDict)
var ints: [String: [Int]] = [:]
ints["a", default: []].append(1)
print(ints)



