#!/bin/sh
# Fails when a tracked C++ file differs from what the pinned clang-format (14) makes of it.
# Skipped (77) where clang-format 14 or git is missing.
source_dir=$1
command -v git >/dev/null 2>&1 || { echo "git not available, format check skipped"; exit 77; }
format=$(command -v clang-format-14 || command -v clang-format) || { echo "clang-format not available, skipped"; exit 77; }
"$format" --version | grep -q ' 14\.' || { echo "clang-format is not version 14, skipped"; exit 77; }
cd "$source_dir" || exit 1
files=$(git ls-files '*.cpp' '*.h' 2>/dev/null)
[ -n "$files" ] || { echo "not a git checkout, format check skipped"; exit 77; }
bad=0
for file in $files; do
    if ! "$format" --dry-run -Werror "$file" >/dev/null 2>&1; then
        echo "not clang-formatted: $file"
        bad=1
    fi
done
exit $bad
