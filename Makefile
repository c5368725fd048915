# Veritag — build, run, test and measure. `make run` and `make test` are all
# a new machine needs: they install the Debian packages first when run as
# root (or print the apt-get line to run when not).
SHELL := /bin/bash
export PATH := $(PATH):/usr/local/go/bin:$(HOME)/go/bin
export CGO_ENABLED := 1

DEB_PACKAGES := gcc libgl1-mesa-dev xorg-dev xvfb xdotool postgresql gcc-mingw-w64-x86-64 zip
# Execution counts, not durations: a -fuzztime duration races the fuzzing
# coordinator's deadline on Go 1.26 (golang/go#75804, fixed in 1.27) and
# fails with "context deadline exceeded" on a busy machine without any
# crasher. `make fuzz-short FUZZTIME=60s` for a longer run by hand.
FUZZTIME ?= 50000x
BENCHTIME ?= 1s
BIN := bin

.PHONY: all deps build run test test-go fuzz-short check-contract bench bench-go bench-suggest bench-search bench-scale bench-hostile bench-hub lint package package-windows clean

all: build

## deps: install missing Debian packages (as root), else say what to run.
deps:
	@command -v go >/dev/null || { echo "Go 1.26 is not on the PATH: install it to /usr/local/go (https://go.dev/dl/)"; exit 1; }
	@missing=""; for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "installing:$$missing"; \
			export DEBIAN_FRONTEND=noninteractive; \
			apt-get update -qq && apt-get install -y -qq $$missing >/dev/null; \
		else \
			echo "missing Debian packages:$$missing — run: sudo apt-get install$$missing"; exit 1; \
		fi; \
	fi

## build: the desktop app and the CLI into bin/.
build: deps
	go build -o $(BIN)/veritag ./cmd/veritag
	go build -o $(BIN)/veritag-cli ./cmd/veritag-cli

## run: start the desktop app (VERITAG_DB / ARGS to choose a database).
run: build
	./$(BIN)/veritag $(ARGS)

## test: vet, every test (incl. the Xvfb end-to-end test), short fuzz runs,
## the shared CLI contract check when ../shared is present, and the Windows
## cross-build (cold ~5 minutes on two cores, then cached).
test: deps lint test-go fuzz-short check-contract package-windows

# RACE_PACKAGES are the packages with concurrency: their tests run under
# the race detector (about 3.5 minutes on 2 cores), the rest without.
RACE_PACKAGES := ./data/store ./data/search ./cmd/veritag-cli ./gui/...

## test-go: every Go test; without ../shared beside the repo the checks that
## need it say "skipped: no ../shared" and skip.
test-go:
	@[ -d ../shared ] || echo "skipped: no ../shared (segmenter golden rules; make check-contract too)"
	go test -count=1 $$(go list ./... | grep -v -x -F -f <(go list $(RACE_PACKAGES)))
	go test -race -count=1 $(RACE_PACKAGES)

## fuzz-short: run every fuzz target for FUZZTIME (CI: a smoke run; a
## crasher fails it and is written to the target's testdata/fuzz).
fuzz-short:
	@set -e; for pkg in $$(go list ./data/...); do \
		dir=$$(go list -f '{{.Dir}}' $$pkg); \
		for f in $$(grep -ho '^func Fuzz[A-Za-z0-9_]*' $$dir/*_test.go 2>/dev/null | sed 's/func //'); do \
			echo "fuzz $$pkg $$f ($(FUZZTIME))"; \
			go test -run='^$$' -fuzz="^$$f$$" -fuzztime=$(FUZZTIME) -timeout=5m $$pkg >/tmp/veritag-fuzz.log 2>&1 || { cat /tmp/veritag-fuzz.log; exit 1; }; \
		done; \
	done

## check-contract: the CLI against ../shared/DESIGN.md, and the segmenter's
## golden-rule score (both tools live in ../shared).
check-contract:
	@if [ -f ../shared/tools/check_cli.py ]; then \
		go build -o $(BIN)/veritag-cli ./cmd/veritag-cli && \
		tmp=$$(mktemp -d) && \
		python3 ../shared/tools/check_cli.py $(BIN)/veritag-cli ../shared/seeds/kursk-article-it.txt $$tmp && \
		python3 ../shared/tools/sbd_score.py ../shared/testdata/sbd_golden_rules_it_en.json --cmd "$(BIN)/veritag-cli segment --format jsonl" && \
		rm -rf $$tmp; \
	else echo "skipped: no ../shared (CLI contract check and golden-rule score)"; fi

## bench: the Go benchmarks (segmenter MB/s, import sentences/s, search,
## tag commit, export records/s, GUI open/tag), then the 1M-sentence search
## and scale reports.
bench: deps bench-go bench-search bench-scale bench-hostile

bench-go:
	go test -run='^$$' -bench=. -benchmem -benchtime=$(BENCHTIME) ./...

## bench-suggest: the suggestion model alone: training on 2,000 sentences,
## suggesting for a 500-sentence article, and the cross-validated macro-F1
## on the labelled fixtures beside the TF-IDF + LR reference's.
bench-suggest:
	go test -run='^$$' -bench=. -benchmem -benchtime=$(BENCHTIME) ./data/suggest

## bench-search: search at 1,000,000 generated Italian/English sentences
## (a 150,000-word vocabulary per language, Zipf frequencies): index build
## time and memory, p50/p95 of 1-3 word queries with and without typos next
## to plain fuzzy.Find and the previous scan (internal/subseq), precision@10
## and MRR, veritag-cli search --stdin from outside with its peak RSS,
## building its index and then loading the one it saved
## (VERITAG_SEARCH_SENTENCES=100000 for a quick run).
bench-search:
	VERITAG_SCALE=1 go test -count=1 -run '^TestSearchScaleReport$$' -v -timeout 90m ./data/search

## lint: formatting, vet and the layering rules of DESIGN.md, checked on the
## real import graph (go list -deps, internal/layering): gui/ reaches no SQL
## driver, data/ and the CLI no fyne. A wrong import prints, for example,
##   gui reaches database/sql (forbidden: database/sql)
## and fails; TestCheckCatchesWrongImports proves it on a temporary module.
lint:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo "gofmt needed"; exit 1; }
	go vet ./...
	go test -count=1 ./internal/layering

## package: an installable Linux bundle (dist/Veritag.tar.xz: binary, desktop
## entry and icon from FyneApp.toml, and a Makefile with install targets).
package: deps
	go build -o $(BIN)/veritag ./cmd/veritag
	mkdir -p dist && cp FyneApp.toml $(BIN)/FyneApp.toml.keep
	go run fyne.io/tools/cmd/fyne@v1.7.4 package --os linux --exe $(BIN)/veritag --name Veritag --release; \
		status=$$?; mv $(BIN)/FyneApp.toml.keep FyneApp.toml; exit $$status
	mv Veritag.tar.xz dist/

## package-windows: dist/Veritag-windows-amd64.zip, cross-compiled with
## mingw-w64: Veritag.exe (icon, version and manifest embedded by the fyne
## tool, no console window), veritag-cli.exe and a README. Untested on
## Windows itself: Debian's Wine is too old for Go binaries.
WINDOWS_ENV := CC=x86_64-w64-mingw32-gcc CGO_ENABLED=1 GOOS=windows GOARCH=amd64
FYNE_TOOL := $(BIN)/fyne
APP_VERSION = $(shell sed -n 's/^ *Version = "\(.*\)"/\1/p' FyneApp.toml)
package-windows: deps $(FYNE_TOOL)
	rm -rf $(BIN)/windows && mkdir -p $(BIN)/windows/Veritag dist
	cd cmd/veritag && $(WINDOWS_ENV) ../../$(FYNE_TOOL) package --os windows --release \
		--name Veritag --app-id io.veritag.app --app-version $(APP_VERSION) --icon ../../assets/icon.png
	mv cmd/veritag/Veritag.exe $(BIN)/windows/Veritag/
	$(WINDOWS_ENV) go build -trimpath -ldflags '-s -w' -o $(BIN)/windows/Veritag/veritag-cli.exe ./cmd/veritag-cli
	cp docs/windows-readme.txt $(BIN)/windows/Veritag/README.txt
	rm -f dist/Veritag-windows-amd64.zip
	cd $(BIN)/windows && zip -qr ../../dist/Veritag-windows-amd64.zip Veritag
	@echo "dist/Veritag-windows-amd64.zip: $$(unzip -Z1 dist/Veritag-windows-amd64.zip | tr '\n' ' ')"

# The fyne packaging tool, built for this machine from the Go module proxy.
$(FYNE_TOOL):
	GOOS= GOARCH= GOBIN=$(abspath $(BIN)) go install fyne.io/tools/cmd/fyne@v1.7.4

clean:
	rm -rf $(BIN) dist

## bench-hostile: peak RSS of veritag-cli on hostile input: a 1 GB line on
## search --stdin, tag --stdin and segment --format jsonl; then peak RSS and
## rate of an import of VERITAG_HOSTILE_DOCS (default 1000000,4000000)
## one-sentence JSONL documents and of VERITAG_HOSTILE_SHORT (default
## 8000000, 0 for none) two-word ones, beside an import of 100,000
## sentences in ordinary documents in the same run.
bench-hostile:
	VERITAG_HOSTILE_BENCH=1 go test -count=1 -run '^TestHostile(Memory|Import)Report$$' -v -timeout 60m ./cmd/veritag-cli

## bench-scale: the scale report at 1,000,000 generated sentences: import
## rate, tag commit, export (in-process and veritag-cli, with peak RSS),
## search latency next to fuzzy.Find, veritag-cli search --stdin, the
## desktop app's start to first frame and peak RSS under Xvfb
## (VERITAG_SCALE_DOCS=200 for a quick run).
bench-scale:
	VERITAG_SCALE=1 go test -count=1 -run '^TestScaleReport$$' -v -timeout 60m ./internal/scale

## bench-hub: the team hub on a throwaway PostgreSQL: 20 annotators x 500
## tags under sync --watch at a stress pace and at a fast human pace (time
## to converge, changes/s, commit-to-arrival latency p50/p95), and a push of
## 100,000 annotations (changes/s, peak RSS).
bench-hub:
	VERITAG_BENCH_HUB=1 go test -count=1 -run '^TestHubBenchReport$$' -v -timeout 30m ./data/hubsync
