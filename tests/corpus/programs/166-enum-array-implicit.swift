enum Step { case warmup, train, evaluate }
let plan = [Step.warmup, .train, .train, .evaluate]
print(plan.filter { $0 == .train }.count, plan.first == .warmup, plan.last == .evaluate)
