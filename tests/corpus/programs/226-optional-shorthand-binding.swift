let name: String? = "Ada"
let age: Int? = nil
if let name { print("hello", name) }
if let age { print(age) } else { print("age unknown") }
var counter: Int? = 0
counter? += 1
print(counter!)
func greet(_ who: String?) {
    guard let who else { print("no one"); return }
    print("hi \(who)")
}
greet(nil)
greet("Bo")
let implicit: Int! = 5
print(implicit + 1)
