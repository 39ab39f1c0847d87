// trap: IndexOutOfRange
var stack = [1, 2]
print(stack.removeLast())
print(stack.removeLast())
print(stack.removeLast())
