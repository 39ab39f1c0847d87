# A 10M-iteration while loop inside a function (locals, CPython's fast path). The same program as
# loop.swiftgrad.
def count(n):
    total = 0
    i = 0
    while i < n:
        total += i
        i += 1
    return total


print(count(10000000))
