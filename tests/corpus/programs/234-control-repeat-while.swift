var n = 27
var steps = 0
repeat {
    n = n % 2 == 0 ? n / 2 : 3 * n + 1
    steps += 1
} while n != 1
print(steps)
var k = 10
repeat { k -= 3 } while k > 0
print(k)
var tries = 0
repeat { tries += 1 } while false
print(tries)
