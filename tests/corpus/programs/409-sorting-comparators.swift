struct Student { let name: String; let grade: Int; let age: Int }
let students = [Student(name: "Ann", grade: 90, age: 20), Student(name: "Bob", grade: 85, age: 22),
                Student(name: "Cid", grade: 90, age: 19), Student(name: "Dee", grade: 70, age: 22)]
let byGrade = students.sorted { a, b in
    if a.grade != b.grade { return a.grade > b.grade }
    return a.name < b.name
}
print(byGrade.map { $0.name })
print(students.sorted { ($0.age, $0.name) < ($1.age, $1.name) }.map(\.name))
print(students.min { $0.age < $1.age }!.name, students.max(by: { $0.grade < $1.grade })!.name)
var mutable = students
mutable.sort { $0.name > $1.name }
print(mutable.first!.name)
struct Version: Comparable {
    let major: Int, minor: Int
    static func < (l: Version, r: Version) -> Bool { (l.major, l.minor) < (r.major, r.minor) }
}
let vs = [Version(major: 1, minor: 2), Version(major: 0, minor: 9), Version(major: 1, minor: 0)]
print(vs.sorted().map { "\($0.major).\($0.minor)" }, vs.max()!.minor)
print(Version(major: 1, minor: 0) <= Version(major: 1, minor: 0), vs.contains(Version(major: 0, minor: 9)))
