var x = 10
let captured = { [x] in x * 2 }
let live = { x * 2 }
x = 20
print(captured(), live())
