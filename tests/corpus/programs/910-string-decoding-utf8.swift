let bytes: [UInt8] = [72, 105, 33]
let s = String(decoding: bytes, as: UTF8.self)
print(s)
print(Array("héllo".utf8))
print(String(decoding: Array("abc".utf8), as: UTF8.self))
