import Foundation
let data = [3.2, 1.5, 4.8, 2.2, 5.0, 0.7]
let sortedData = data.sorted()
let median = sortedData.count % 2 == 0 ? (sortedData[sortedData.count / 2 - 1] + sortedData[sortedData.count / 2]) / 2 : sortedData[sortedData.count / 2]
print(median)
let normalized = data.map { ($0 - data.min()!) / (data.max()! - data.min()!) }
print(normalized.map { ($0 * 100).rounded() / 100 })
let (train, test) = (Array(data[..<4]), Array(data[4...]))
print(train, test)
let batches = stride(from: 0, to: data.count, by: 4).map { Array(data[$0..<Swift.min($0 + 4, data.count)]) }
print(batches)
let zipped = Array(zip(data, data.dropFirst())).map { $1 - $0 }
print(zipped.map { ($0 * 10).rounded() / 10 })
let above = data.enumerated().filter { $0.element > 3 }.map { $0.offset }
print(above)
