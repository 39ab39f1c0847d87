"""Inspection and completion replies carry what JupyterLab renders: Markdown docs and completion types."""
from harness import reply_to, run_cell


def test_inspect_reply_has_markdown_with_the_signature_as_code(kernel):
    km, kc = kernel
    msg_id = kc.inspect("gradTable", cursor_pos=len("gradTable"))
    content = reply_to(kc, msg_id)["content"]
    assert content["found"]
    markdown = content["data"]["text/markdown"]
    plain = content["data"]["text/plain"]
    assert markdown.startswith("```swift\n" + plain.split("\n")[0] + "\n```\n\n"), markdown
    assert "`gradTable(model)`" in markdown, "the doc's backticks are kept for Markdown to render"


def test_inspect_of_a_variable_is_markdown_too(kernel):
    km, kc = kernel
    run_cell(kc, "let inspectedNumber = 41.5")
    content = reply_to(kc, kc.inspect("inspectedNumber", cursor_pos=5))["content"]
    assert content["data"]["text/markdown"] == "```swift\ninspectedNumber: Double = 41.5\n```"


def test_completion_reply_types_each_match(kernel):
    km, kc = kernel
    run_cell(kc, "let typedCompletionValue = Value(2.0)\nfunc typedCompletionFunc() {}\nstruct typedCompletionType {}")
    content = reply_to(kc, kc.complete("typedCompletion", cursor_pos=15))["content"]
    types = {t["text"]: t["type"] for t in content["metadata"]["_jupyter_types_experimental"]}
    assert types == {"typedCompletionValue": "instance", "typedCompletionFunc": "function",
                     "typedCompletionType": "class"}
    for entry in content["metadata"]["_jupyter_types_experimental"]:
        assert (entry["start"], entry["end"]) == (content["cursor_start"], content["cursor_end"])
    members = reply_to(kc, kc.complete("typedCompletionValue.ba", cursor_pos=23))["content"]
    kinds = {t["text"]: t["type"] for t in members["metadata"]["_jupyter_types_experimental"]}
    assert kinds.get("backward") == "method", kinds
    keywords = reply_to(kc, kc.complete("whi", cursor_pos=3))["content"]
    assert {"text": "while", "type": "keyword"}.items() <= next(
        t for t in keywords["metadata"]["_jupyter_types_experimental"] if t["text"] == "while").items()
