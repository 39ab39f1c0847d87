let input = "3 14 15 92 65"
let nums = input.split(separator: " ").map { Int($0)! }
print(nums, nums.reduce(0, +))
let ds = "1.5,2.25,-3".split(separator: ",").map { Double($0)! }
print(ds, ds.reduce(0, +))
print(Double("abc") == nil, Double("1e3")!)
