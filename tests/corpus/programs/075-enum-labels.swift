enum Shape {
    case circle(radius: Double)
    case rect(width: Double, height: Double)
    var area: Double {
        switch self {
        case .circle(let r): return 3.14 * r * r
        case .rect(let w, let h): return w * h
        }
    }
}
print(Shape.circle(radius: 2).area, Shape.rect(width: 2, height: 5).area)
print(Shape.rect(width: 1, height: 2))
