"""Wire fuzzing (issue 17): random and mutated messages, signed and unsigned, on every channel.

`make test` sends a short run (SWIFTGRAD_FUZZ_MESSAGES, default 2,000); `make fuzz` sends 10,000.
After every batch the kernel must be alive, answer an execute within a bound, and still hold a
variable defined before the attack. The seed is printed so a failure can be replayed
(SWIFTGRAD_FUZZ_SEED)."""
import json
import os
import random
import time

import zmq
from jupyter_client.session import Session

from harness import run_cell

COUNT = int(os.environ.get("SWIFTGRAD_FUZZ_MESSAGES", "2000"))
SEED = int(os.environ.get("SWIFTGRAD_FUZZ_SEED", str(int(time.time()))))
BATCH = 200
BOUND = 60

# Cells that end quickly whatever is mutated out of them (no loops, no input).
SNIPPETS = ["1 + 1", "let a = 2", "print(kept)", 'print("hi \\(1)")', "[1, 2, 3].map { $0 * 2 }",
            "func f(_ x: Int) -> Int { x * 2 }", "f(", "let v = Value(2.0)", "(", "\"\\(", "x = ", "}", "",
            "gradTable(", "graph(Value(1.0))", "var s = Set<Int>()"]
REQUESTS = ["execute_request", "kernel_info_request", "complete_request", "inspect_request",
            "is_complete_request", "history_request", "comm_info_request", "comm_open", "comm_msg",
            "comm_close", "connect_request", "input_reply", "interrupt_request", "no_such_request",
            "usage_request", "debug_request"]


def random_json(rng, depth=0):
    kind = rng.randrange(8 if depth < 3 else 5)
    if kind == 0: return None
    if kind == 1: return rng.choice([True, False])
    if kind == 2: return rng.randint(-2**63, 2**63 - 1)
    if kind == 3: return rng.random() * 10 ** rng.randint(-5, 300)
    if kind == 4: return "".join(chr(rng.randrange(1, 0x2FFF)) for _ in range(rng.randrange(20)))
    if kind == 5: return [random_json(rng, depth + 1) for _ in range(rng.randrange(4))]
    return {str(random_json(rng, 3)): random_json(rng, depth + 1) for _ in range(rng.randrange(4))}


def content_for(rng, msg_type):
    code = rng.choice(SNIPPETS)
    if msg_type == "execute_request":
        c = {"code": code, "silent": rng.random() < 0.2, "store_history": rng.random() < 0.8,
             "allow_stdin": False, "stop_on_error": rng.random() < 0.5,
             "user_expressions": {"k": "kept"} if rng.random() < 0.3 else {}}
    elif msg_type in ("complete_request", "inspect_request"):
        c = {"code": code, "cursor_pos": rng.randint(-5, len(code) + 5), "detail_level": rng.randint(0, 2)}
    elif msg_type == "history_request":
        c = {"hist_access_type": rng.choice(["tail", "range", "search", "bogus"]), "n": rng.randint(-3, 50),
             "pattern": rng.choice(["*", "[", "?*[!a]"]), "session": rng.randint(-2, 2), "start": 0, "stop": 5}
    else:
        c = {"code": code, "comm_id": str(rng.random()), "target_name": "t", "data": {}, "value": "x"}
    # Wrong types in known fields.
    for _ in range(rng.randrange(3)):
        if c and rng.random() < 0.5:
            c[rng.choice(list(c))] = random_json(rng)
    return c


def mutate(rng, frames):
    frames = list(frames)
    for _ in range(rng.randrange(1, 4)):
        op = rng.randrange(7)
        i = rng.randrange(len(frames))
        if op == 0 and frames[i]:      # flip bytes
            b = bytearray(frames[i])
            for _ in range(rng.randrange(1, 4)):
                b[rng.randrange(len(b))] = rng.randrange(256)
            frames[i] = bytes(b)
        elif op == 1:                  # drop a frame
            del frames[i]
            if not frames: frames = [b""]
        elif op == 2:                  # duplicate a frame
            frames.insert(i, frames[i])
        elif op == 3:                  # truncate
            frames[i] = frames[i][:rng.randrange(len(frames[i]) + 1)]
        elif op == 4:                  # random bytes
            frames[i] = bytes(rng.randrange(256) for _ in range(rng.randrange(64)))
        elif op == 5:                  # a big frame
            frames[i] = frames[i] + b" " * rng.choice([1000, 100_000, 1_000_000])
        else:                          # random JSON in a frame
            frames[i] = json.dumps(random_json(rng)).encode()
    return frames


def message_frames(rng, session, unsigned):
    msg_type = rng.choice(REQUESTS)
    message = session.msg(msg_type, content_for(rng, msg_type))
    if rng.random() < 0.2:
        message["header"][rng.choice(list(message["header"]))] = random_json(rng)
    frames = session.serialize(message)
    if unsigned:
        frames[1] = b""
    if rng.random() < 0.5:
        frames = mutate(rng, frames)
    return frames


def sockets(km):
    context = zmq.Context.instance()
    made = {}
    for name, kind in [("shell", zmq.DEALER), ("control", zmq.DEALER), ("stdin", zmq.DEALER),
                       ("hb", zmq.REQ), ("iopub", zmq.SUB)]:
        s = context.socket(kind)
        s.linger = 0
        if name == "hb":
            s.setsockopt(zmq.REQ_RELAXED, 1)
        s.connect(f"{km.transport}://{km.ip}:{getattr(km, name + '_port')}")
        made[name] = s
    return made


def test_random_and_mutated_messages_on_every_channel(kernel):
    km, kc = kernel
    print(f"fuzz seed {SEED}, {COUNT} messages")
    rng = random.Random(SEED)
    assert run_cell(kc, "let kept = 42")[0]["content"]["status"] in ("ok", "error")
    signed = Session(key=km.session.key)
    channels = sockets(km)
    sent = {name: 0 for name in channels}
    try:
        for start in range(0, COUNT, BATCH):
            for _ in range(min(BATCH, COUNT - start)):
                name = rng.choice(list(channels))
                s = channels[name]
                if name == "iopub":
                    s.setsockopt(zmq.SUBSCRIBE, bytes(rng.randrange(256) for _ in range(rng.randrange(8))))
                elif name == "hb":
                    s.send_multipart(mutate(rng, [b"ping"]), zmq.NOBLOCK)
                else:
                    try:
                        s.send_multipart(message_frames(rng, signed, unsigned=rng.random() < 0.3), zmq.NOBLOCK)
                    except zmq.Again:
                        pass
                sent[name] += 1
            # Drain what the kernel answered on our raw sockets.
            for s in channels.values():
                while s.poll(0):
                    s.recv_multipart()
            assert km.is_alive(), f"the kernel died (seed {SEED})"
            # A fuzzed interrupt_request or a failed cell with stop_on_error still in flight may stop
            # the check itself: try a few times.
            for _ in range(4):
                reply, outputs = run_cell(kc, "print(kept)", timeout=BOUND)
                if reply["content"]["status"] == "ok":
                    break
                time.sleep(0.2)
            texts = [m["content"]["text"] for m in outputs if m["msg_type"] == "stream"]
            assert texts == ["42\n"], (texts, reply["content"], SEED)
    finally:
        for s in channels.values():
            s.close()
    print("sent per channel:", sent)
