"""Swift that this language does not implement stops at compile time with an error that names the
construct (issue 16: never a later symptom, never silently ignored). These programs are valid Swift,
so they cannot be corpus programs compared with swiftc; each must fail before printing anything."""
import pytest

from harness import run_script

UNSUPPORTED = {
    "deinit": ("class A { deinit { print(1) } }\nprint(0)", "'deinit' is not supported"),
    "property wrapper": ("@propertyWrapper struct W { var wrappedValue: Int }\nprint(0)", "'@propertyWrapper'"),
    "wrapper use": ("struct S { @Clamped var x = 1 }\nprint(0)", "'@Clamped'"),
    "result builder": ("@resultBuilder struct B { }\nprint(0)", "'@resultBuilder'"),
    "async": ("func f() async -> Int { 1 }\nprint(0)", "'async' functions are not supported"),
    "actor": ("actor A { var x = 1 }\nprint(0)", "'actor' is not supported"),
    "typed throws": ("enum E: Error { case x }\nfunc f() throws(E) { }\nprint(0)", "typed 'throws(...)'"),
    "Float": ("let x: Float = 1\nprint(x)", "'Float' is not supported"),
    "subscripts of one arity": (
        "struct M {\n subscript(i: Int) -> Int { i }\n subscript(s: String) -> Int { 0 }\n}\nprint(0)",
        "overloading a subscript by its parameter types is not supported"),
    "undeclared operator": ("print(1 +* 2)", "operator '+*' is not declared"),
}


@pytest.mark.parametrize("name", UNSUPPORTED)
def test_unsupported_construct_is_a_compile_time_error_naming_it(tmp_path, name):
    source, message = UNSUPPORTED[name]
    done = run_script(tmp_path, source)
    assert done.returncode != 0
    assert done.stdout == "", "nothing runs before the error"
    assert message in done.stderr
