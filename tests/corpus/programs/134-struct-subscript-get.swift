struct Polynomial {
    var coeffs: [Double]
    subscript(i: Int) -> Double { i < coeffs.count ? coeffs[i] : 0 }
    func eval(_ x: Double) -> Double {
        var r = 0.0
        for c in coeffs.reversed() { r = r * x + c }
        return r
    }
}
let p = Polynomial(coeffs: [1, 0, 2])
print(p[0], p[2], p[5], p.eval(3))
