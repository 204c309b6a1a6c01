"""Time the multilingual concept vocabulary: load() and extract() over 30,000 mixed-language demo texts.

    .venv/bin/python scripts/bench_concepts.py [--texts N] [--regex N] [--dir PATH]

Same as ``python -m matching.engine.concepts --bench`` (without runpy's warning about the module being
imported by its package first).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from matching.engine.concepts import main  # noqa: E402

if __name__ == "__main__":
    main(["--bench", *sys.argv[1:]])
