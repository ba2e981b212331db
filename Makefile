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
JOBS    ?=

.PHONY: extract test eval eval-dev eval-stripped eval-probes review suggest bench fuzz check lint

# requirements.lock pins every package (direct and transitive) to the versions tested.
$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || python3.11 -m venv .venv || python3 -m venv .venv
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

extract: $(STAMP)
	$(PY) -m extract extract $(IN) --out $(OUT) --patterns $(PATTERNS) $(if $(JOBS),--jobs $(JOBS))

test: $(STAMP)
	$(PY) -m pytest

eval: $(STAMP)
	$(PY) -m extract eval --out $(OUT) --gold corpus/gold

# Seeds + dev + dev2 (32 articles), scored together.
eval-dev: $(STAMP)
	$(PY) -m extract extract corpus/raw --out $(DEV_OUT)/seeds --patterns $(PATTERNS)
	$(PY) -m extract extract $(SHARED)/corpus/dev --out $(DEV_OUT)/dev --patterns $(PATTERNS)
	$(PY) -m extract extract $(SHARED)/corpus/dev2 --out $(DEV_OUT)/dev2 --patterns $(PATTERNS)
	$(PY) -m extract eval --out $(DEV_OUT)/seeds --gold corpus/gold --out $(DEV_OUT)/dev --gold $(SHARED)/gold \
	  --out $(DEV_OUT)/dev2 --gold $(SHARED)/gold

# Generalisation: dev2 scored with patterns stripped of every programme, category, alias and
# institution that only dev2 names (kept: what the seeds and dev articles name).
eval-stripped: $(STAMP)
	$(PY) -m extract patterns strip --keep-from corpus/raw --keep-from $(SHARED)/corpus/dev \
	  --drop-from $(SHARED)/corpus/dev2 --into build/patterns-stripped
	$(PY) -m extract extract $(SHARED)/corpus/dev2 --out build/dev2-stripped --patterns build/patterns-stripped
	$(PY) -m extract eval --out build/dev2-stripped --gold $(SHARED)/gold --patterns build/patterns-stripped

# The project's own probe articles (corpus/probes): `tune` was read while writing rules,
# `holdout` only scored.
eval-probes: $(STAMP)
	$(PY) -m extract extract corpus/probes/tune/raw --out build/probes-tune --patterns $(PATTERNS)
	$(PY) -m extract extract corpus/probes/holdout/raw --out build/probes-holdout --patterns $(PATTERNS)
	$(PY) -m extract eval --out build/probes-tune --gold corpus/probes/tune/gold --quiet
	$(PY) -m extract eval --out build/probes-holdout --gold corpus/probes/holdout/gold --quiet

review: $(STAMP)
	$(PY) -m extract review $(OUT) $(if $(GOLD),--gold $(GOLD))

suggest: $(STAMP)
	$(PY) -m extract suggest $(IN) --patterns $(PATTERNS)

# Per-core throughput vs. the tokenizer, then whole runs at scale (~6 minutes on 2 cores).
bench: $(STAMP)
	$(PY) -m extract bench $(IN) --scale $(or $(BENCH_N),20000)

# The fuzz suite with many more examples than `make test` runs (random seeds, ~15 minutes).
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=long $(PY) -m pytest tests/test_fuzz.py

check: $(STAMP)
	$(PY) -m extract patterns check --patterns $(PATTERNS)

lint: $(STAMP)
	$(PY) -m ruff check extract tests
