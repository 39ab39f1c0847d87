protocol Scorable { var score: Int { get } }
struct Player: Scorable { var name: String; var score: Int }
func best<T: Scorable>(_ xs: [T]) -> T? {
    var b: T? = nil
    for x in xs where b == nil || x.score > b!.score { b = x }
    return b
}
let ps = [Player(name: "a", score: 3), Player(name: "b", score: 9), Player(name: "c", score: 5)]
print(best(ps)!.name)
