let csv = "name,score\nann,3\nbob,5"
let rows = csv.split(separator: "\n").dropFirst()
var total = 0
for row in rows {
    let fields = row.split(separator: ",")
    total += Int(fields[1])!
    print(fields[0])
}
print(total)
