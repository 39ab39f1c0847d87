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
