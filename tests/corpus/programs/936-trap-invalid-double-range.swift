// trap: InvalidRange
for hi in [2.0, 1.0, 0.5] {
    let r = 1.0...hi
    print(hi, r.contains(1.5))
}
