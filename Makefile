# Convenience wrapper around CMake. `make render` renders the seed report,
# `make test` builds and runs every test; both install what they need first.
BUILD     ?= build
JOBS      ?= $(shell nproc)
BUILD_TYPE ?= RelWithDebInfo
SEED      := input/jining-xinfang-2020.yaml
SEED_PDF  := out/jining-xinfang-2020.pdf
SETUP_STAMP := $(BUILD)/.setup-done

.PHONY: all build render test test-sanitize fuzz bench update-goldens clean format

all: build

# Debian packages and fonts (scripts/setup is idempotent; the stamp avoids
# re-checking on every build).
$(SETUP_STAMP): scripts/setup fonts/fonts.sha256
	@bash scripts/setup
	@mkdir -p $(BUILD) && touch $@

$(BUILD)/CMakeCache.txt: $(SETUP_STAMP) CMakeLists.txt
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) >/dev/null

build: $(BUILD)/CMakeCache.txt
	@test -d fonts/files || bash scripts/setup
	@cmake --build $(BUILD) -j $(JOBS)

render: build
	@mkdir -p out
	$(BUILD)/gongwen render $(SEED) -o $(SEED_PDF)
	@echo "wrote $(SEED_PDF)"

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
test-sanitize: $(SETUP_STAMP)
	@cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug -DGONGWEN_SANITIZE=ON >/dev/null
	@cmake --build build-sanitize -j $(JOBS)
	@cd build-sanitize && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j $(JOBS)

# Runs each libFuzzer target (clang) for FUZZ_SECONDS (default 60).
FUZZ_SECONDS ?= 60
fuzz: $(SETUP_STAMP)
	@bash scripts/fuzz $(FUZZ_SECONDS)

# Whole-process timings (bench/run.sh, Markdown for the README) and the stage
# benchmarks, from a Release build in build-bench. Run on a quiet machine.
bench: $(SETUP_STAMP)
	@bash scripts/setup bench
	@cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DGONGWEN_BENCH=ON >/dev/null
	@cmake --build build-bench -j $(JOBS) --target gongwen gongwen_bench process_time
	@bash bench/run.sh build-bench/gongwen
	@build-bench/bench/gongwen_bench

# Rewrites golden/ from the current output. Look at every changed page
# (golden/*/page-*.png) before committing.
update-goldens: build
	@bash tests/golden/update.sh $(BUILD)/gongwen

clean:
	rm -rf $(BUILD) build-sanitize build-bench build-fuzz out

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i
