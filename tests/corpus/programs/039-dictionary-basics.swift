var ages: [String: Int] = ["ann": 30]
ages["bob"] = 25
print(ages["ann"]!, ages["bob"]!, ages["zed"] == nil, ages.count)
ages["ann"] = 31
print(ages["ann"]!)
ages["bob"] = nil
print(ages.count, ages.keys.sorted())
