#!/usr/bin/env python3
"""Writes a synthetic dataset N times the size of the report, in the same schema, for the scale benchmarks.

    benchmarks/synth.py --factor 10 --out benchmarks/data/synth-10x.json [--source FILE]

The source is the bundled report as `pir export --what all --format json` writes it (or --source).
What grows N-fold:
  - indicators: every output gets N-1 copies of each of its indicators, numbered on after the real
    ones (3.1.1, 3.1.2 → 3.1.3 … 3.1.2N), figures and titles unchanged;
  - regions' figures: figure 15's results per region, the outcomes' stated totals, targets and
    differences, and the headline total of results (fact results_total) are multiplied by N;
  - text: every narrative block (paragraphs, bullets, headings, quotes, figures) of every chapter,
    outcome, region and box appears N times in place; the boxes themselves stay one each.
  - facts: each stated figure gets N-1 copies with ids of their own (`results_total_copy2` …).
What stays: boxes (they must run 1…N), budgets, trends; the invariants read the original facts.

Every invariant `pir verify` checks still holds, by construction: copied indicators keep their own
regional sums; outcome and regional totals grow exactly N-fold with their stated figures; the
percentages (against target, regional shares) are ratios and do not change; copied paragraphs stay
in their section, so their footnote markers resolve; codes stay unique. The benchmark script runs
`pir verify --data` on every file it generates and refuses to measure one that fails.
"""
import argparse
import copy
import json
import subprocess
import sys


def grow_blocks(blocks, factor):
    """Each non-box block repeated `factor` times where it stands; a box once, its content grown."""
    out = []
    for block in blocks:
        if block.get("kind") == "box":
            box = copy.deepcopy(block)
            box["blocks"] = grow_blocks(box.get("blocks") or [], factor)
            out.append(box)
        else:
            out.extend(copy.deepcopy(block) for _ in range(factor))
    return out


def synthesise(report, factor):
    report = copy.deepcopy(report)
    for outcome in report["outcomes"]:
        for output in outcome["outputs"]:
            real = output["indicators"]
            grown = list(real)
            number = len(real)
            for _ in range(factor - 1):
                for indicator in real:
                    number += 1
                    twin = copy.deepcopy(indicator)
                    twin["code"] = f"{output['code']}.{number}"
                    grown.append(twin)
            output["indicators"] = grown
        results = outcome.get("results")
        if results:
            results["achieved"] *= factor
            if results.get("target") is not None:
                results["target"] *= factor
            if results.get("targetDifference") is not None:
                results["targetDifference"] *= factor
        outcome["blocks"] = grow_blocks(outcome["blocks"], factor)
    for region in report["regions"]:
        region["results"] *= factor
        region["blocks"] = grow_blocks(region["blocks"], factor)
    for chapter in report["chapters"]:
        chapter["blocks"] = grow_blocks(chapter["blocks"], factor)
    for fact in report["facts"]:
        if fact["id"] == "results_total":
            fact["value"] *= factor
    report["facts"] = report["facts"] + [
        dict(copy.deepcopy(fact), id=f"{fact['id']}_copy{n}") for n in range(2, factor + 1) for fact in report["facts"]]
    return report


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factor", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--source", help="a dataset file (default: the bundled report, via --pir)")
    parser.add_argument("--pir", default=".build/release/pir", help="the pir binary to export the bundled report")
    args = parser.parse_args()
    if args.factor < 1:
        sys.exit("synth.py: --factor must be at least 1")
    if args.source:
        with open(args.source, encoding="utf-8") as f:
            report = json.load(f)
    else:
        exported = subprocess.run([args.pir, "export", "--what", "all", "--format", "json"],
                                  check=True, capture_output=True)
        report = json.loads(exported.stdout)
    grown = synthesise(report, args.factor)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(grown, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
