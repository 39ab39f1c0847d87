enum Reading { case temp(Double), humidity(Int) }
func describe(_ r: Reading) -> String {
    switch r {
    case .temp(let t) where t > 30: return "hot \(t)"
    case .temp(let t): return "temp \(t)"
    case .humidity(let h) where h > 80: return "humid"
    case .humidity: return "dry"
    }
}
print([Reading.temp(35), .temp(20), .humidity(90), .humidity(10)].map(describe))
