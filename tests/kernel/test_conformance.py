"""jupyter_kernel_test's conformance suite against the swiftgrad kernel, every sample filled."""
import jupyter_kernel_test as jkt

import kernel_samples as samples
from harness import KERNEL_NAME


class SwiftgradKernelTests(jkt.KernelTests):
    kernel_name = KERNEL_NAME
    language_name = "swiftgrad"
    file_extension = ".swiftgrad"

    code_hello_world = samples.HELLO
    code_stderr = samples.STDERR
    code_generate_error = samples.ERROR
    code_page_something = samples.PAGE
    code_clear_output = samples.CLEAR_OUTPUT
    code_inspect_sample = samples.INSPECT

    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": "1.5 + 1", "result": "2.5"},
        {"code": "2 - 5", "result": "-3"},
    ]
    # Matches "6 * 7" only, however often it ran.
    code_history_pattern = "6 ? 7"
    supported_history_operations = ("tail", "range", "search")

    code_display_data = [{"code": samples.DISPLAY, "mime": "text/plain"}]

    completion_samples = [
        {"text": samples.COMPLETION_NAME[:-4], "matches": [samples.COMPLETION_NAME]},
        {"text": "let y = " + samples.COMPLETION_NAME[:5], "matches": [samples.COMPLETION_NAME]},
    ]

    complete_code_samples = ["1 + 1", "let a = 2", 'print("{")']
    incomplete_code_samples = ["func f() {", "let b = (1 +", "if true {\n  print(1)"]
    invalid_code_samples = ["let = 1", "1 + )"]

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # A name only this module defines, so completion matches are exact.
        cls.kc.execute_interactive(f"var {samples.COMPLETION_NAME} = 1", timeout=jkt.TIMEOUT)


class SwiftgradIopubWelcomeTests(jkt.IopubWelcomeTests):
    kernel_name = KERNEL_NAME
    support_iopub_welcome = True
