"""Swiftgrad code snippets the kernel tests run, in one place (they must work with the real language)."""

HELLO = 'print("hello, world")'
STDERR = 'eprint("oops")'
ERROR = "1 / 0"
SET_VARIABLE = "var survivor = 41"
READ_VARIABLE = "survivor + 1"
READ_VARIABLE_RESULT = "42"
INFINITE_LOOP = "while true {}"
READ_LINE = "readLine()"
# A cell that takes a little while and then fails, so requests sent after it are queued.
SLOW_ERROR = "var i = 0\nwhile i < 300000 { i += 1 }\n1 / 0"
PAGE = "help(print)"
DISPLAY = "display(6 * 7)"
CLEAR_OUTPUT = 'print("soon gone")\nclearOutput()'
UPDATE_DISPLAY = 'display(1, id: "d1")\ndisplay(2, id: "d1", update: true)'
INSPECT = "print"
# complete_request: text with the cursor at its end → expected matches
COMPLETION_NAME = "sgCompletionTarget"


def else_if_chain(branches, last):
    """An else-if chain whose branches test a range each (seven operators a branch), as a learner writes;
    `x` is `last`, so the program prints `last` (or "none" past the end)."""
    return f"let x = {last}\nvar y = 0\nif x < 0 {{ print(-1) }}" + "".join(
        f" else if x > {i} - 1 && x < {i} + 1 {{ y = x * 2 + {i}; print({i}) }}" for i in range(branches)) \
        + ' else { print("none") }'
