class Engine { var horsepower = 300 }
class Car { var engine: Engine?; var name: String; init(name: String) { self.name = name } }
class Garage { var cars: [Car] = [] }
let garage = Garage()
let a = Car(name: "A")
a.engine = Engine()
garage.cars.append(a)
garage.cars.append(Car(name: "B"))
for car in garage.cars {
    if let hp = car.engine?.horsepower { print(car.name, hp) } else { print(car.name, "no engine") }
}
print(garage.cars.first?.engine?.horsepower ?? 0, garage.cars.last?.engine?.horsepower ?? 0)
a.engine?.horsepower += 50
print(a.engine!.horsepower)
let empty = Garage()
print(empty.cars.first?.name ?? "none")
