var w = 0.0
let lr = 0.1
for step in 0..<50 {
    let grad = 2 * (w - 3)
    w -= lr * grad
    if step % 10 == 0 { print(step, w) }
}
print(w)
