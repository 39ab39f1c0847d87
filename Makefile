# Swiftgrad — the two commands a newcomer needs:
#   make lab    build, install the kernel and open JupyterLab on notebooks/
#   make test   build and run every test (Swift unit tests, kernel conformance, notebooks)
# Everything they need is installed on demand: apt packages (libzmq3-dev, graphviz, libblis-serial-dev,
# chromium and chromium-driver for the browser tests, tmux) when missing,
# Jupyter tooling in a project virtualenv (.venv), the Swift build.

SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
BIN := .build/release/swiftgrad
# jupyter_client and nbclient must find the kernelspec installed into the venv.
VENVENV := VIRTUAL_ENV=$(CURDIR)/$(VENV) PATH=$(CURDIR)/$(VENV)/bin:$$PATH SWIFTGRAD_BIN=$(CURDIR)/$(BIN)

.PHONY: test lab bench lessons lessons-pdf deps pdf-deps venv build install swift-test pytest fuzz soak clean

test: deps pdf-deps venv build swift-test install pytest

deps:
	@need=""; \
	pkg-config --exists libzmq 2>/dev/null || need="$$need libzmq3-dev pkg-config"; \
	command -v dot >/dev/null 2>&1 || need="$$need graphviz"; \
	dpkg-query -W -f='$${Status}' libblis-serial-dev 2>/dev/null | grep -q "ok installed" || need="$$need libblis-serial-dev"; \
	command -v chromium >/dev/null 2>&1 || need="$$need chromium"; \
	command -v chromedriver >/dev/null 2>&1 || need="$$need chromium-driver"; \
	command -v tmux >/dev/null 2>&1 || need="$$need tmux"; \
	if [ -n "$$need" ]; then \
	  echo "installing apt packages:$$need"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$need; \
	fi

# LaTeX PDF export (`jupyter nbconvert --to pdf`, JupyterLab's "Export as PDF"), for `make test` and
# `make lessons-pdf`, not for `make lab`: the smallest Debian set that works is xelatex with the three
# TeX collections nbconvert's template loads packages from (texlive-xetex: tcolorbox, adjustbox...;
# -plain-generic: soul, ulem; -fonts-recommended: eurosym, rsfs), pandoc (Markdown cells), rsvg-convert
# (SVG outputs; nbconvert's default converter, Inkscape, is larger), DejaVu fonts (the lessons' ✓ ✗ ∂ ─)
# and pdftotext for the test. About 590 MiB installed, 160 MiB downloaded, 1.5-3 min.
pdf-deps:
	@need=""; \
	command -v xelatex >/dev/null 2>&1 && kpsewhich tcolorbox.sty soul.sty eurosym.sty >/dev/null 2>&1 || \
	  need="$$need texlive-xetex texlive-plain-generic texlive-fonts-recommended"; \
	command -v pandoc >/dev/null 2>&1 || need="$$need pandoc"; \
	command -v rsvg-convert >/dev/null 2>&1 || need="$$need librsvg2-bin"; \
	command -v pdftotext >/dev/null 2>&1 || need="$$need poppler-utils"; \
	fc-list 2>/dev/null | grep -q "DejaVu Sans Mono" || need="$$need fonts-dejavu-core"; \
	if [ -n "$$need" ]; then \
	  echo "installing apt packages for PDF export:$$need"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$need; \
	fi

# The venv also gets papermill-swiftgrad (python/): papermill's translator for Swiftgrad notebooks.
$(VENV)/.installed: tests/requirements.txt python/papermill-swiftgrad/pyproject.toml python/papermill-swiftgrad/papermill_swiftgrad.py
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r tests/requirements.txt
	$(PY) -m pip install -q ./python/papermill-swiftgrad
	touch $@

venv: $(VENV)/.installed

build:
	swift build -c release --product swiftgrad

swift-test:
	swift test

# Besides the kernelspec, the venv's Jupyter config makes PDF export (nbconvert, and JupyterLab's export
# through the server) use rsvg-convert for SVG outputs and the lessons-latex template (DejaVu fonts).
PDFCONFIG := {"SVG2PDFPreprocessor": {"command": ["rsvg-convert", "--format=pdf", "--output={to_filename}", "{from_filename}"]}, \
  "LatexExporter": {"extra_template_basedirs": ["$(CURDIR)/notebooks/templates"], "template_name": "lessons-latex"}}

install: build venv
	$(VENVENV) $(BIN) install --sys-prefix
	mkdir -p $(VENV)/etc/jupyter
	echo '$(PDFCONFIG)' > $(VENV)/etc/jupyter/jupyter_nbconvert_config.json
	echo '$(PDFCONFIG)' > $(VENV)/etc/jupyter/jupyter_server_config.json

pytest: install
	$(VENVENV) $(PY) -m pytest -q tests

# The long attack runs of docs/reliability.md: 10,000 fuzzed messages on every channel and deep
# shapes to 1,000,000 levels (`make test` runs short versions of both).
fuzz: install
	$(VENVENV) SWIFTGRAD_FUZZ_MESSAGES=10000 SWIFTGRAD_FUZZ_DEEP=1 $(PY) -m pytest -q -s tests/kernel/test_fuzz_wire.py tests/kernel/test_fuzz_deep.py

# 10,000 executes and 1,000 train/backward cycles with random interrupts; RSS and latency percentiles.
soak: install
	$(VENVENV) $(PY) tests/kernel/soak.py

# As root (Docker, CI-like machines) Jupyter refuses to start without --allow-root. Jupyter prints the
# URL with its token (http://localhost:8888/lab?token=...) once it is ready: open that one.
lab: deps venv build install
	$(VENVENV) $(VENV)/bin/jupyter lab $$([ "$$(id -u)" = 0 ] && echo --allow-root) notebooks/

bench: deps venv build
	$(VENVENV) $(BIN) bench --anchors --python $(CURDIR)/$(PY) --write docs/benchmarks.md

# The notebooks as HTML pages, from their stored outputs (`make test` re-executes them); the lessons
# template (notebooks/templates) scales graphs and plots to the page width.
lessons: venv
	mkdir -p build/lessons
	$(VENVENV) $(VENV)/bin/jupyter nbconvert --to html --TemplateExporter.extra_template_basedirs=notebooks/templates \
	  --template lessons --output-dir build/lessons notebooks/[0-9][0-9]-*.ipynb

# The notebooks as PDF (LaTeX through xelatex) in build/lessons/, from their stored outputs.
lessons-pdf: pdf-deps install
	mkdir -p build/lessons
	$(VENVENV) $(VENV)/bin/jupyter nbconvert --to pdf --output-dir build/lessons notebooks/[0-9][0-9]-*.ipynb

clean:
	rm -rf .build build
