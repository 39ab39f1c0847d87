var found: (Int, Int)? = nil
search: for i in 1...5 {
    for j in 1...5 {
        if i * j == 12 { found = (i, j); break search }
    }
}
print(found!.0, found!.1)
outer: for i in 0..<3 {
    for j in 0..<3 {
        if j > i { continue outer }
        print(i, j)
    }
}
