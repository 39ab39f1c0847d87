struct Student { let name: String; let grade: Int }
let students = [Student(name: "Ann", grade: 91), Student(name: "Ben", grade: 78),
                Student(name: "Cy", grade: 85), Student(name: "Di", grade: 91)]
let ranked = students.sorted { ($0.grade, $1.name) > ($1.grade, $0.name) }
for s in ranked { print(s.name, s.grade) }
print(students.map(\.name))
let avg = Double(students.map { $0.grade }.reduce(0, +)) / Double(students.count)
print(avg)
print(students.filter { $0.grade > 80 }.map { $0.name }.joined(separator: ", "))
let best = students.max { $0.grade < $1.grade }!
print(best.name)
