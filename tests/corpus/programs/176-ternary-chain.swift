for t in [-5.0, 10.0, 25.0, 35.0] {
    let label = t < 0 ? "freezing" : t < 15 ? "cold" : t < 30 ? "warm" : "hot"
    print(t, label)
}
