# Convenience wrapper around CMake. `make render` renders the seed report,
# `make test` builds and runs every test; both install what they need first.
BUILD     ?= build
JOBS      ?= $(shell nproc)
BUILD_TYPE ?= RelWithDebInfo
SEED      := input/jining-xinfang-2020.yaml
SEED_PDF  := out/jining-xinfang-2020.pdf
SETUP_STAMP := $(BUILD)/.setup-done

.PHONY: all build render test goldens update-goldens clean format

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

# Rewrites golden/ from the current output. Look at every changed page
# (golden/*/page-*.png) before committing.
update-goldens: build
	@bash tests/golden/update.sh $(BUILD)/gongwen

clean:
	rm -rf $(BUILD) out

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i
