struct Particle { var x: Double; var v: Double }
var ps = (0..<4).map { Particle(x: Double($0), v: 1.0 - Double($0) * 0.5) }
for _ in 0..<3 {
    for i in ps.indices {
        ps[i].x += ps[i].v * 0.5
        if ps[i].x < 0 { ps[i].x = -ps[i].x; ps[i].v = -ps[i].v }
    }
}
for p in ps { print(p.x, p.v) }
ps.sort { $0.x < $1.x }
print(ps.map { $0.x })
ps.removeAll { $0.v < 0 }
print(ps.count)
