var xs = [1.0, 2.0]
xs[0] = 1
xs.append(3)
var ws = Array(repeating: 0.0, count: 2)
ws[1] = 5
ws.append(1)
var g = [[0.0, 0.0]]
g[0][0] = 2
g.append([1, 2])
var m = [[Double]](repeating: [Double](repeating: 0, count: 2), count: 1)
m[0][1] = 1
print(xs, ws, g, m)
