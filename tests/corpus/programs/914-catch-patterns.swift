enum E: Error { case a, b(Int), c(String) }
func thrower(_ k: Int) throws { if k == 0 { throw E.a }; if k == 1 { throw E.b(42) }; throw E.c("x") }
for k in 0..<3 {
    do { try thrower(k) }
    catch E.a { print("a") }
    catch E.b(let n) { print("b", n) }
    catch let e as E { print("other", e) }
}
struct Msg: Error { let text: String }
do { throw Msg(text: "hi") } catch let m as Msg { print(m.text) } catch { print("no") }
do { try thrower(1) } catch E.b(let n) where n > 40 { print("big", n) } catch { print("rest") }
do { try thrower(2) } catch is E { print("is E") }
