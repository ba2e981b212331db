# One line per target over `python -m extract`; the virtual environment is created and
# the pinned dependencies installed on first use.
PY      := .venv/bin/python
STAMP   := .venv/.installed
IN      ?= corpus/raw
OUT     ?= outputs
GOLD    ?=
SHARED  ?= ../shared
DEV_OUT ?= outputs-dev
PATTERNS ?= patterns

.PHONY: extract test eval eval-dev eval-stripped review suggest bench check lint

# requirements.lock pins every package (direct and transitive) to the versions tested.
$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || python3.11 -m venv .venv || python3 -m venv .venv
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

extract: $(STAMP)
	$(PY) -m extract extract $(IN) --out $(OUT) --patterns $(PATTERNS)

test: $(STAMP)
	$(PY) -m pytest

eval: $(STAMP)
	$(PY) -m extract eval --out $(OUT) --gold corpus/gold

eval-dev: $(STAMP)
	$(PY) -m extract extract $(SHARED)/corpus/dev --out $(DEV_OUT) --patterns $(PATTERNS)
	$(PY) -m extract eval --out $(DEV_OUT) --gold $(SHARED)/gold

# Generalisation: dev articles scored with patterns that never saw their programmes/categories.
eval-stripped: $(STAMP)
	$(PY) -m extract patterns strip --keep-from corpus/raw --drop-from $(SHARED)/corpus/dev --into build/patterns-stripped
	$(PY) -m extract extract $(SHARED)/corpus/dev --out build/dev-stripped --patterns build/patterns-stripped
	$(PY) -m extract eval --out build/dev-stripped --gold $(SHARED)/gold

review: $(STAMP)
	$(PY) -m extract review $(OUT) $(if $(GOLD),--gold $(GOLD))

suggest: $(STAMP)
	$(PY) -m extract suggest $(IN) --patterns $(PATTERNS)

bench: $(STAMP)
	$(PY) -m extract bench $(IN)

check: $(STAMP)
	$(PY) -m extract patterns check --patterns $(PATTERNS)

lint: $(STAMP)
	$(PY) -m ruff check extract tests
