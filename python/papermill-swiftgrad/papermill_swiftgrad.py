"""papermill support for Swiftgrad notebooks.

`papermill -p lr 0.05 lesson.ipynb out.ipynb` adds a cell after the cell tagged "parameters":

    // Parameters
    let lr = 0.05

Values become Swiftgrad literals: Int, Double (`Double.nan`, `Double.infinity`), String, Bool, `nil`,
arrays `[1, 2]` and dictionaries `["a": 1]` (`[:]` when empty).
"""
import math


class SwiftgradEngine:
    """papermill's default engine under another name (`--engine swiftgrad` works too). It exists so that
    papermill imports this module, and with it the translator, through its engine entry points; it
    imports papermill.engines only when used, and is defined before papermill is imported: importing
    papermill loads the engine entry points, this module among them, while it is still half-imported."""

    @classmethod
    def execute_notebook(cls, *args, **kwargs):
        from papermill.engines import NBClientEngine
        return NBClientEngine.execute_notebook(*args, **kwargs)

    @classmethod
    def nb_kernel_name(cls, nb, name=None):
        from papermill.engines import NBClientEngine
        return NBClientEngine.nb_kernel_name(nb, name)

    @classmethod
    def nb_language(cls, nb, language=None):
        from papermill.engines import NBClientEngine
        return NBClientEngine.nb_language(nb, language)


from papermill.translators import Translator, papermill_translators  # noqa: E402 (after the engine, see above)


class SwiftgradTranslator(Translator):
    @classmethod
    def translate_none(cls, val):
        return "nil"

    @classmethod
    def translate_str(cls, val):
        escaped = (val.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
                   .replace("\r", "\\r").replace("\t", "\\t"))
        return f'"{escaped}"'

    @classmethod
    def translate_float(cls, val):
        if math.isnan(val):
            return "Double.nan"
        if math.isinf(val):
            return "Double.infinity" if val > 0 else "-Double.infinity"
        text = repr(val)
        return text if any(c in text for c in ".e") else text + ".0"

    @classmethod
    def translate_list(cls, val):
        return "[" + ", ".join(cls.translate(v) for v in val) + "]"

    @classmethod
    def translate_dict(cls, val):
        if not val:
            return "[:]"
        return "[" + ", ".join(f"{cls.translate(k)}: {cls.translate(v)}" for k, v in val.items()) + "]"

    @classmethod
    def comment(cls, cmt_str):
        return f"// {cmt_str}".strip()

    @classmethod
    def assign(cls, name, str_val):
        return f"let {name} = {str_val}"


papermill_translators.register("swiftgrad", SwiftgradTranslator)
