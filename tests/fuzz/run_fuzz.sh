#!/bin/sh
# Builds the libFuzzer target with clang and fuzzes the wire parsers for SECONDS seconds.
# Usage: run_fuzz.sh SOURCE_DIR BINARY_DIR [SECONDS]
# Exit: 0 no crash, 77 skipped (no clang or no libFuzzer), anything else a failure.
set -eu

SOURCE_DIR=${1:?usage: run_fuzz.sh SOURCE_DIR BINARY_DIR [SECONDS]}
BINARY_DIR=${2:?usage: run_fuzz.sh SOURCE_DIR BINARY_DIR [SECONDS]}
SECONDS_TO_RUN=${3:-30}
JOBS=${EJOURNAL_FUZZ_JOBS:-2}

CXX_FUZZ=$(command -v clang++ || true)
if [ -z "$CXX_FUZZ" ]; then
    echo "clang not available, fuzzing skipped"
    exit 77
fi

BUILD_DIR="$BINARY_DIR/fuzz-build"
mkdir -p "$BUILD_DIR"

# clang without the libFuzzer runtime cannot build the target at all: skip, do not fail.
PROBE="$BUILD_DIR/probe.cpp"
printf '%s\n' '#include <cstddef>' '#include <cstdint>' \
    'extern "C" int LLVMFuzzerTestOneInput(const uint8_t*, size_t) { return 0; }' >"$PROBE"
if ! "$CXX_FUZZ" -fsanitize=fuzzer,address,undefined "$PROBE" -o "$BUILD_DIR/probe" 2>/dev/null; then
    echo "libFuzzer not available to $CXX_FUZZ, fuzzing skipped"
    exit 77
fi

GENERATOR=""
if command -v ninja >/dev/null 2>&1; then
    GENERATOR="-G Ninja"
fi
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    # shellcheck disable=SC2086
    cmake -S "$SOURCE_DIR/tests/fuzz/standalone" -B "$BUILD_DIR" $GENERATOR \
        -DCMAKE_CXX_COMPILER="$CXX_FUZZ" -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$BUILD_DIR" -j"$JOBS"

FUZZER="$BUILD_DIR/fuzz_frames"
SEEDS="$BINARY_DIR/fuzz-seeds"
CORPUS="$BINARY_DIR/fuzz-corpus"
ARTIFACTS="$BINARY_DIR/fuzz-artifacts"
mkdir -p "$SEEDS" "$CORPUS" "$ARTIFACTS"
EJOURNAL_FUZZ_WRITE_SEEDS="$SEEDS" "$FUZZER"

echo "fuzzing for $SECONDS_TO_RUN s; crashes go to $ARTIFACTS/"
# A crash, leak or sanitizer report makes the fuzzer exit non-zero, failing the test.
"$FUZZER" -max_total_time="$SECONDS_TO_RUN" -rss_limit_mb=2048 -timeout=10 \
    -print_final_stats=1 -artifact_prefix="$ARTIFACTS/" "$CORPUS" "$SEEDS"
