// perceptron learns AND
let inputs: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
let labels: [Double] = [0, 0, 0, 1]
var w: [Double] = [0, 0]
var b = 0.0
func predict(_ x: [Double]) -> Double { w[0] * x[0] + w[1] * x[1] + b > 0 ? 1 : 0 }
var epoch = 0
while true {
    var errors = 0
    for (x, y) in zip(inputs, labels) {
        let e = y - predict(x)
        if e != 0 {
            errors += 1
            w[0] += 0.1 * e * x[0]; w[1] += 0.1 * e * x[1]; b += 0.1 * e
        }
    }
    epoch += 1
    if errors == 0 || epoch > 100 { break }
}
print(epoch, w, b)
print(inputs.map(predict))
