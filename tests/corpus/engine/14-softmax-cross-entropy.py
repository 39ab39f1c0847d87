from reference import Value, exp, log
logits = [Value(v) for v in [2.0, 1.0, 0.1]]
exps = [exp(v) for v in logits]
total = Value(0.0)
for e in exps:
    total = total + e
probs = [e / total for e in exps]
loss = -log(probs[0])
loss.backward()
print([p.data for p in probs])
print(loss.data)
print([v.grad for v in logits])
