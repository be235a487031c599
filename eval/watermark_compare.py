"""`python -m eval.watermark_compare NEW.json OLD.json IDS.json`: two watermark settings on the same questions.

NEW.json and OLD.json are `python -m eval.watermark --deliver WORK --json ...` runs of the same record; NEW's
marked answers were generated only for the request ids in IDS.json (`eval.watermark_generate --ids ... --reuse`,
which writes `regenerated_ids.json`), the rest reused from OLD. The figures are over those ids only: detection
of NEW's answers, and the grounding rate and length of both runs' marked answers and of the unmarked answers to
the same questions (among the first questions, which were also answered without the mark).
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

from eval.watermark import wilson_lower


def compare(new: dict, old: dict, ids: list[int], min_tokens: int = 150) -> dict:
    n = new["marked_answers"]
    marked, plain, old_marked = new["answers"][:n], new["answers"][n:], old["answers"][:old["marked_answers"]]
    mine = [marked[i] for i in ids]
    long = [r for r in mine if r["text_tokens"] >= min_tokens]
    hits = sum(r["detected"] for r in long)
    both = [i for i in ids if i < len(plain)]

    def mean(rows: list[dict], key: str) -> float:
        return round(statistics.fmean(r[key] for r in rows), 3) if rows else 0.0

    return {
        "settings": new["settings"], "regenerated": len(ids),
        "detection_long": {"answers": len(long), "detected": hits, "rate": round(hits / len(long), 3) if long else 0.0,
                           "rate_ci95_lower": round(wilson_lower(hits, len(long)), 3),
                           "median_z": round(statistics.median(r["z"] for r in long), 1) if long else 0.0},
        "detection_all": {"answers": len(mine), "detected": sum(r["detected"] for r in mine)},
        "grounding_all_ids": {"new": mean(mine, "grounded"), "old": mean([old_marked[i] for i in ids], "grounded")},
        "also_unmarked": {"questions": len(both), "grounding_new": mean([marked[i] for i in both], "grounded"),
                          "grounding_old": mean([old_marked[i] for i in both], "grounded"),
                          "grounding_unmarked": mean([plain[i] for i in both], "grounded"),
                          "tokens_new": mean([marked[i] for i in both], "completion_tokens"),
                          "tokens_unmarked": mean([plain[i] for i in both], "completion_tokens")},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("new", type=Path, help="The --json of the run with the new setting.")
    parser.add_argument("old", type=Path, help="The --json of the earlier run of the same record.")
    parser.add_argument("ids", type=Path, help="regenerated_ids.json of the new run's WORK folder.")
    parser.add_argument("--min-tokens", type=int, default=150)
    args = parser.parse_args()
    for path in (args.new, args.old, args.ids):
        if not path.is_file():
            parser.error(f"{path}: no such file")
    new, old = (json.loads(p.read_text(encoding="utf-8")) for p in (args.new, args.old))
    print(json.dumps(compare(new, old, json.loads(args.ids.read_text(encoding="utf-8")), args.min_tokens), indent=1))


if __name__ == "__main__":
    main()
