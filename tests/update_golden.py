"""Regenerate tests/golden/*.json from the seed articles: `python tests/update_golden.py`.

Review the diff before committing: these files are the hand-checked expectations of the loader.
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GOLDEN = REPO / "tests" / "golden"

with tempfile.TemporaryDirectory() as tmp:
    subprocess.run(
        [sys.executable, str(REPO / "build.py"), "--quiet", "--out", tmp], check=True, cwd=REPO
    )
    records = json.loads((Path(tmp) / "data" / "articles.json").read_text("utf-8"))["articles"]
for record in records:
    path = GOLDEN / (Path(record["source"]).stem + ".json")
    path.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", "utf-8")
    print("wrote", path.relative_to(REPO))
