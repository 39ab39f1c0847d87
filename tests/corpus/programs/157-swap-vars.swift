var a = "left", b = "right"
swap(&a, &b)
print(a, b)
var nums = [5, 1, 4]
nums.swapAt(0, 2)
print(nums)
