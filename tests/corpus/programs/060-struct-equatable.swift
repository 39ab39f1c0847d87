struct Card: Equatable {
    var rank: Int
    var suit: String
}
let c1 = Card(rank: 10, suit: "hearts")
let c2 = Card(rank: 10, suit: "hearts")
let c3 = Card(rank: 3, suit: "spades")
print(c1 == c2, c1 == c3, c1 != c3)
print([c1, c3].contains(c2))
