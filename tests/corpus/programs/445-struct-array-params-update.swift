struct Value2 {
    var data: Double
    var grad: Double = 0
}
var params = [Value2(data: 1), Value2(data: -2), Value2(data: 0.5)]
for i in params.indices { params[i].grad = 2 * params[i].data }
for i in 0..<params.count { params[i].data -= 0.1 * params[i].grad }
print(params.map { $0.data }, params.map(\.grad))
var history: [(epoch: Int, loss: Double)] = []
history.append((0, 1))
history.append((epoch: 1, loss: 0.5))
print(history.map { $0.loss }, history.last!.epoch)
var weights: [String: [Double]] = ["l1": [1, 2]]
weights["l1"]![0] = 3
weights["l2"] = Array(repeating: 0, count: 2)
print(weights["l1"]!, weights["l2"]!)
var matrix = [[Double]](repeating: [Double](repeating: 0, count: 2), count: 2)
matrix[0][1] = 1
print(matrix)
let scaled: [Double] = [1, 2, 3].map { Double($0) * 0.5 }
print(scaled)
var totals = [Double](repeating: 0, count: 3)
totals[1] += 1
print(totals)
