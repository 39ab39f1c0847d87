struct Person { var name: String; var friend: [String]? }
let p = Person(name: "Ann", friend: ["Bo", "Cy"])
let q = Person(name: "Dee", friend: nil)
print(p.friend?.count ?? 0, q.friend?.count ?? 0)
print(p.friend?.first ?? "-", q.friend?.first ?? "-")
let words: [String]? = ["x"]
print(words?.map { $0 + "!" }.first ?? "")
