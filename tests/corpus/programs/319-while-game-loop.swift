var health = 100
var turn = 0
let attacks = [15, 30, 5, 25, 40, 10]
while health > 0 && turn < attacks.count {
    let dmg = attacks[turn]
    health -= dmg
    turn += 1
    if dmg > 20 { print("turn \(turn): critical hit \(dmg)") }
    if health <= 30 && health > 0 { print("turn \(turn): low health \(health)") }
}
print(health <= 0 ? "defeated after \(turn) turns" : "survived with \(health)")
