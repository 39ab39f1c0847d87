protocol Scorable { var score: Double { get } }
struct Player: Scorable { let name: String; let score: Double }
struct Team: Scorable { let players: [Player]; var score: Double { players.map { $0.score }.reduce(0, +) } }
func best<T: Scorable>(_ xs: [T]) -> T? { xs.max { $0.score < $1.score } }
func total<T>(_ xs: [T]) -> Double where T: Scorable { xs.reduce(0) { $0 + $1.score } }
let ps = [Player(name: "a", score: 3), Player(name: "b", score: 7.5), Player(name: "c", score: 5)]
print(best(ps)!.name, total(ps))
let teams = [Team(players: Array(ps[0...1])), Team(players: [ps[2]])]
print(best(teams)!.score, total(teams))
