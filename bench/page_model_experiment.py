"""Experiment: does a small learned page-kind reading generalise better than the phrase rules?

Runnable (`python -m bench.page_model_experiment`), NumPy only (in the venv through
matplotlib); nothing under ingest/ uses it (the finding was negative: bench/RESULTS_accuracy.md,
"Page kind: a learned second opinion"). It prints, for the development set
(tests/realworld/cases), page-kind accuracy and confusion (labelled → found) under
cross-validation **grouped by batch family** (a batch file, with a retired blind batch's kin
file in its family, is never in a fold's training and test part at once) of:

  (a) the rules (`Extraction.document.page`, as bench/score_accuracy.py reads it);
  (b) the model alone: multinomial logistic regression (L2, class-balanced, full-batch Adam,
      deterministic; `lr`), the same over the page's words only (`lr-text`), or Bernoulli
      naive Bayes (`nb`), over binary features of the page's opening: word uni/bigrams of the
      headline and of the first two sentences under it (shadow text, digits collapsed),
      whether a full code stands in the first line / first sentence, the first reported-act
      verb `ingest.page` matches, a dateline or source tag, and (not for `lr-text`) what ingest
      itself computed: the rules' decision, the lead reading `read_page` gives without a number
      line (its kind, act, actor, type word, repost, vote), the host fields found and where
      they came from;
  (c) the combination: the rules, overridden by the model where its probability ≥ t, with t
      chosen by an inner grouped cross-validation inside each outer training part;
  (d) the combination restricted to the (rules → model) confusion cells where the inner
      cross-validation showed a net gain, each with its own threshold.

On dev the rules were written while reading every batch, so grouped CV is no test of them
(0.958 in every fold). `--first-contact CONFIG` is the closer proxy for an unseen batch: the
eleven retired blind batches e–o (568 pages, today's labels) read by the ingest code of the
commit before each was added to the held-out set (exported under /tmp, features computed in a
subprocess): the rules of that day, the model, and the rules + model with each batch's t the
best one on the ten other batches. The model is trained on today's dev less the batch's family,
with `--as-of` on the dev files of that day only, with `--fresh` on the ten other batches as
first met (the rules' decisions there out of their sample).

`--holdout CONFIG:T` trains on all of dev and prints the held-out page-kind accuracy in
aggregate only (held-out policy: no case, no text, no miss is printed). Reading and extracting
the cases is most of the time; features are cached in /tmp by commit, ingest/ diff and the
feature code (--no-cache to recompute). CPU: about 6 s per logistic fit, so the default run
(three configurations, 60 fits each) takes about 15 minutes.

What it showed (2026-12-06, main 8609555; dev 2,600 pages, 84 files; page kind right):

    grouped 10-fold CV on dev            rules   model  (c) inner t  (d) cells
    lr (words + ingest's signals)         2491    2482    2491         2491
    lr-text (words only)                  2491    2146    2491         2491
    nb (words + ingest's signals)         2491    2367    2491         2491

    first contact, e–o (568)             rules   model  rules+model, t from the other batches
    lr, dev less the family               443     443     442
    lr, dev of the day                    443     442     443
    lr-text, dev less the family          443     453     448
    lr-text, dev of the day               443     433     455   (t = 0.8 in 10 of 11)
    nb, dev less the family               443     452     451
    nb, dev of the day                    443     446     440
    lr, other batches as first met        443     447     456   (t = 0.7; 19 right, 8 wrong)
    nb, other batches as first met        443     437     431

    held-out (528), chosen once: lr-text, override at ≥ 0.8:  rules 473, model 442, rules+model 465

A model given the rules' decision learns from dev to copy it (the rules are right 96% of the
time there); a words-only model's override costs 124 dev pages at t = 0.8 and gains 12 pages at
first contact, but loses 8 on the held-out set against today's rules. The one configuration that
gains at first contact without having seen later dev (`lr --fresh`) needs the rules' decisions
out of their sample to train on, which only first contacts give; it was not scored on held-out
(one scoring per experiment) and is left for the next blind batch's first scoring.

`--blind FOLDER` is that test, fixed (`PREREGISTERED`) before blind batch t was labelled: `lr`
trained on every retired blind batch as first met (e–p), overriding the rules at ≥ 0.7, run once
on the new batch read by the rules of its first contact; aggregate only.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import pickle
import re
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench.score_accuracy import CASES, _page, load_cases
from ingest import page as _page_module
from ingest.extract import extract
from ingest.layout import find_layout
from ingest.read import read_document
from ingest.text import normalize_text

try:  # (the first-contact runs import this file beside older ingest code)
    from ingest.wraps import join_soft_breaks
except ImportError:  # pragma: no cover

    def join_soft_breaks(text: str) -> str:
        return text


try:  # ingest/page/ since the twenty-sixth session's split
    from ingest.page.leads import _REPORTED_ACT, news_lead_below
    from ingest.page.read import read_page
except ImportError:  # pragma: no cover (one page.py module, as the first-contact code had it)
    read_page = _page_module.read_page
    _REPORTED_ACT = _page_module._REPORTED_ACT
    news_lead_below = getattr(_page_module, "news_lead_below", None)

ROOT = Path(__file__).resolve().parents[1]
HOLDOUT = ROOT / "tests" / "realworld" / "holdout"
KINDS = ("document", "report", "other")
LEAD_CHARS = 600  # characters under the headline the sentence n-grams read
OUTER_FOLDS = 10
INNER_FOLDS = 5
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01)  # 1.01: never override


@dataclass
class Case:
    batch: str
    label: str
    rules: str
    features: frozenset[str]


_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"[a-z0]+")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_DATELINE = re.compile(
    r"[ \t]*(?:\([^)\n]{2,40}\)\s*[-–]\s*)?(?:sang|chieu|toi|trua)?\s*(?:ngay\s+)?0"
)


def _grams(prefix: str, text: str) -> set[str]:
    words = _WORD.findall(_DIGITS.sub("0", text))
    out = {f"{prefix}:{w}" for w in words}
    out |= {f"{prefix}:{a}_{b}" for a, b in zip(words, words[1:], strict=False)}
    return out


def features_of(text: str) -> tuple[str, set[str]]:
    """The rules' page kind and the model's features of one page (the case text as read)."""
    read = read_document(text.encode("utf-8"), filename="case.txt")
    ext = extract(read.text, path="case", metadata=read.metadata, body_start=read.body_start)
    rules = _page(ext)
    f: set[str] = {f"rules={rules}"}
    doc = ext.document
    f |= {f"src:{field}={where}" for field, where in doc.sources}
    f |= {
        f"has:{name}"
        for name, v in (
            ("code", doc.code),
            ("issuer", doc.issuing_body),
            ("date", doc.date),
            ("title", doc.title),
        )
        if v
    }
    f.add(f"level={doc.level.value}")
    f.add(f"rules={rules}&level={doc.level.value}")
    # the lead reading: what the opening lines tell, with no number line
    norm = normalize_text(join_soft_breaks(read.text))
    layout = find_layout(norm, body_start=read.body_start)
    lead = read_page(norm, layout, own_number=False)
    f.add(f"lead={lead.kind}")
    f.add(f"rules={rules}&lead={lead.kind}")
    for name in ("act_start", "actor", "repost", "voted", "several", "date"):
        if getattr(lead, name, None) not in (None, False):
            f.add(f"lead_{name}")
    if getattr(lead, "type_word", None):
        f.add(f"lead_type={lead.type_word.split()[0]}")
    f |= {f"layout:{name}" for name, v in (("heading", layout.heading), ("title", layout.title),
                                           ("opening", layout.opening)) if v}  # fmt: skip
    # the headline and the first two sentences under it
    shadow = norm.shadow
    start = layout.body_start
    while start < len(shadow) and shadow[start].isspace():
        start += 1
    line_end = shadow.find("\n", start)
    line_end = len(shadow) if line_end < 0 else line_end
    f |= _grams("h", shadow[start:line_end])
    lead_text = shadow[line_end : line_end + LEAD_CHARS]
    ends = [m.end() for m in _SENTENCE_END.finditer(lead_text.strip("\n"))]
    body = lead_text.strip("\n")
    sentence1 = body[: ends[0]] if ends else body
    two = body[: ends[1]] if len(ends) > 1 else body
    f |= _grams("s", two)
    refs = [r.start for r in ext.references if r.mention == "code"]
    first_sentence_end = line_end + 1 + len(sentence1)
    if any(start <= s < line_end for s in refs):
        f.add("code_in_line1")
    if any(line_end <= s < first_sentence_end for s in refs):
        f.add("code_in_sentence1")
    if not refs:
        f.add("no_code")
    act = _REPORTED_ACT.search(shadow, start, min(len(shadow), line_end + LEAD_CHARS))
    if act is not None:
        f.add(f"act={' '.join(act.group('verb').split()[:3])}")
        f.add("act_line1" if act.start() < line_end else "act_below")
    if news_lead_below is not None and news_lead_below(norm, start):
        f.add("news_lead_below")
    if _DATELINE.match(_DIGITS.sub("0", body[:60])):
        f.add("dateline")
    return rules, f


def _cache_key() -> str:
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True,
                          text=True, check=False).stdout.strip()  # fmt: skip
    diff = subprocess.run(["git", "-C", str(ROOT), "diff", "HEAD", "--", "ingest"],
                          capture_output=True, text=True, check=False).stdout  # fmt: skip
    me = (inspect.getsource(features_of) + inspect.getsource(_grams)).encode()
    return hashlib.sha256(head.encode() + diff.encode() + me).hexdigest()[:16]


def read_cases(folder: Path, use_cache: bool) -> list[Case]:
    cache = Path("/tmp") / f"page_model_{folder.name}_{_cache_key()}.pkl"
    if use_cache and cache.exists():
        return pickle.loads(cache.read_bytes())  # noqa: S301 (our own file)
    out = []
    for case in load_cases(folder):
        rules, f = features_of(case["text"])
        out.append(Case(case["batch"], case["page"], rules, frozenset(f)))
    cache.write_bytes(pickle.dumps(out))
    return out


# features that carry the rules' own reading (left out by the text-only variant)
_RULES_SIGNALS = ("rules=", "lead", "src:", "has:", "level=")


class Vocabulary:
    """Feature index over the features seen in at least `min_df` training pages."""

    def __init__(
        self, pages: Sequence[frozenset[str]], min_df: int, text_only: bool = False
    ) -> None:
        counts = Counter(f for page in pages for f in page
                         if not (text_only and f.startswith(_RULES_SIGNALS)))  # fmt: skip
        self.index = {
            f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_df))
        }

    def encode(self, pages: Sequence[frozenset[str]]) -> tuple[np.ndarray, np.ndarray]:
        """Sparse binary rows as (row index, column index) arrays of the nonzeros."""
        rows: list[int] = []
        cols: list[int] = []
        for r, page in enumerate(pages):
            idx = sorted(self.index[f] for f in page if f in self.index)
            rows += [r] * len(idx)
            cols += idx
        return np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)


def _scores(rows: np.ndarray, cols: np.ndarray, n: int, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    """X @ w + b for the sparse binary X given by its nonzeros (rows sorted)."""
    z = np.zeros((n, w.shape[1]))
    filled = np.bincount(rows, minlength=n) > 0
    if filled.any():
        starts = np.searchsorted(rows, np.arange(n))[filled]
        z[filled] = np.add.reduceat(w[cols], starts, axis=0)
    return z + b


def _transposed(rows: np.ndarray, cols: np.ndarray, d: int, g: np.ndarray) -> np.ndarray:
    """X.T @ g, with the nonzeros sorted by column once (`order`) by the caller."""
    out = np.zeros((d, g.shape[1]))
    present = np.unique(cols)
    starts = np.searchsorted(cols, present)
    out[present] = np.add.reduceat(g[rows], starts, axis=0)
    return out


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class Logistic:
    """Multinomial logistic regression, L2, class-balanced, full-batch Adam (deterministic)."""

    def __init__(self, l2: float = 1e-3, steps: int = 400, min_df: int = 2,
                 text_only: bool = False) -> None:  # fmt: skip
        self.l2, self.steps, self.min_df, self.text_only = l2, steps, min_df, text_only

    def fit(self, pages: Sequence[frozenset[str]], labels: Sequence[str]) -> Logistic:
        self.vocab = Vocabulary(pages, self.min_df, self.text_only)
        rows, cols = self.vocab.encode(pages)
        n, d, k = len(pages), len(self.vocab.index), len(KINDS)
        y = np.zeros((n, k))
        y[np.arange(n), [KINDS.index(x) for x in labels]] = 1.0
        weight = n / (k * np.maximum(y.sum(axis=0), 1.0))  # balanced classes
        sample = (y * weight).sum(axis=1, keepdims=True) / n
        w, b = np.zeros((d, k)), np.zeros(k)
        order = np.argsort(cols, kind="stable")
        rows_t, cols_t = rows[order], cols[order]
        m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
        lr, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
        for t in range(1, self.steps + 1):
            g = (_softmax(_scores(rows, cols, n, w, b)) - y) * sample
            g_w = _transposed(rows_t, cols_t, d, g) + self.l2 * w
            g_b = g.sum(axis=0)
            m_w = beta1 * m_w + (1 - beta1) * g_w
            v_w = beta2 * v_w + (1 - beta2) * g_w * g_w
            m_b = beta1 * m_b + (1 - beta1) * g_b
            v_b = beta2 * v_b + (1 - beta2) * g_b * g_b
            w -= lr * (m_w / (1 - beta1**t)) / (np.sqrt(v_w / (1 - beta2**t)) + eps)
            b -= lr * (m_b / (1 - beta1**t)) / (np.sqrt(v_b / (1 - beta2**t)) + eps)
        self.w, self.b = w, b
        return self

    def proba(self, pages: Sequence[frozenset[str]]) -> np.ndarray:
        rows, cols = self.vocab.encode(pages)
        return _softmax(_scores(rows, cols, len(pages), self.w, self.b))


class NaiveBayes:
    """Bernoulli-style naive Bayes over present features (Laplace smoothing)."""

    def __init__(self, alpha: float = 1.0, min_df: int = 2) -> None:
        self.alpha, self.min_df = alpha, min_df

    def fit(self, pages: Sequence[frozenset[str]], labels: Sequence[str]) -> NaiveBayes:
        self.vocab = Vocabulary(pages, self.min_df)
        rows, cols = self.vocab.encode(pages)
        d, k = len(self.vocab.index), len(KINDS)
        y = np.array([KINDS.index(x) for x in labels])
        counts = np.zeros((d, k))
        np.add.at(counts, (cols, y[rows]), 1.0)
        per_class = np.bincount(y, minlength=k).astype(float)
        p = (counts + self.alpha) / (per_class + 2 * self.alpha)
        self.log_p, self.log_q = np.log(p), np.log(1 - p)
        self.prior = np.log(np.full(k, 1.0 / k))  # balanced prior
        return self

    def proba(self, pages: Sequence[frozenset[str]]) -> np.ndarray:
        rows, cols = self.vocab.encode(pages)
        n = len(pages)
        z = np.zeros((n, len(KINDS))) + self.prior + self.log_q.sum(axis=0)
        np.add.at(z, rows, self.log_p[cols] - self.log_q[cols])
        return _softmax(z)


_KIN = re.compile(r"zr_retired_(?P<x>[a-z])_kin")


def family(batch: str) -> str:
    """A batch file's family: a retired blind batch with the kin written from its misses."""
    m = _KIN.fullmatch(batch)
    return f"zz_retired_blind_{m['x']}" if m else batch


def grouped_folds(batches: Sequence[str], k: int) -> list[np.ndarray]:
    """k folds of whole batch families, biggest first into the smallest fold (deterministic)."""
    batches = [family(b) for b in batches]
    sizes = Counter(batches)
    folds: list[list[str]] = [[] for _ in range(k)]
    load = [0] * k
    for name, size in sorted(sizes.items(), key=lambda x: (-x[1], x[0])):
        i = min(range(k), key=lambda j: (load[j], j))
        folds[i].append(name)
        load[i] += size
    return [np.array([i for i, b in enumerate(batches) if b in set(f)]) for f in folds]


def combine(rules: Sequence[str], probs: np.ndarray, threshold: float,
            cells: dict[tuple[str, str], float] | None = None) -> list[str]:  # fmt: skip
    """The rules' kind, unless the model is sure of another (≥ threshold; with `cells`, only
    in those (rules → model) cells, each with its own threshold)."""
    out = []
    for r, p in zip(rules, probs, strict=True):
        top = KINDS[int(p.argmax())]
        limit = threshold if cells is None else cells.get((r, top), 2.0)
        out.append(top if top != r and p.max() >= limit else r)
    return out


def _right(labels: Sequence[str], found: Sequence[str]) -> int:
    return sum(a == b for a, b in zip(labels, found, strict=True))


def choose(cases: Sequence[Case], make: type[Logistic] | type[NaiveBayes],
           kwargs: dict[str, float]) -> tuple[float, dict[tuple[str, str], float]]:  # fmt: skip
    """A global threshold and per-cell thresholds from grouped CV inside `cases`."""
    probs = cross_validated(cases, make, kwargs, INNER_FOLDS)
    labels = [c.label for c in cases]
    rules = [c.rules for c in cases]
    base = _right(labels, rules)
    best = max(THRESHOLDS, key=lambda t: (_right(labels, combine(rules, probs, t)) - base, t))
    cells: dict[tuple[str, str], float] = {}
    for r in KINDS:
        for m in KINDS:
            if r == m:
                continue
            gains = {t: _right(labels, combine(rules, probs, 0, {(r, m): t})) - base
                     for t in THRESHOLDS}  # fmt: skip
            t = max(THRESHOLDS, key=lambda x: (gains[x], x))
            if gains[t] > 0:
                cells[(r, m)] = t
    return best, cells


def cross_validated(cases: Sequence[Case], make: type[Logistic] | type[NaiveBayes],
                    kwargs: dict[str, float], k: int) -> np.ndarray:  # fmt: skip
    probs = np.zeros((len(cases), len(KINDS)))
    for test in grouped_folds([c.batch for c in cases], k):
        held = set(test.tolist())
        train = [c for i, c in enumerate(cases) if i not in held]
        model = make(**kwargs).fit([c.features for c in train], [c.label for c in train])  # type: ignore[arg-type]
        probs[test] = model.proba([cases[i].features for i in test])
    return probs


def line(name: str, labels: Sequence[str], found: Sequence[str], rules: Sequence[str]) -> str:
    right = _right(labels, found)
    conf = Counter((a, b) for a, b in zip(labels, found, strict=True) if a != b)
    miss = ", ".join(f"{a[0]}→{b[0]} {n}" for (a, b), n in sorted(conf.items()))
    changed = [(a, f) for a, r, f in zip(labels, rules, found, strict=True) if r != f]
    fixed = sum(a == f for a, f in changed)
    over = f"  [changes {len(changed)}: {fixed} right, {len(changed) - fixed} wrong]"
    return f"  {name:<26} {right:>4}/{len(labels):<4} {right / len(labels):.4f}  {miss}{over}"


def evaluate(cases: Sequence[Case], make: type[Logistic] | type[NaiveBayes],
             kwargs: dict[str, float]) -> None:  # fmt: skip
    labels = [c.label for c in cases]
    rules = [c.rules for c in cases]
    model_probs = np.zeros((len(cases), len(KINDS)))
    found_c: list[str] = [""] * len(cases)
    found_d: list[str] = [""] * len(cases)
    chosen: list[str] = []
    for test in grouped_folds([c.batch for c in cases], OUTER_FOLDS):
        held = set(test.tolist())
        train = [c for i, c in enumerate(cases) if i not in held]
        threshold, cells = choose(train, make, kwargs)
        chosen.append(
            f"t={threshold} cells={ {f'{a[0]}→{b[0]}': t for (a, b), t in cells.items()} }"
        )
        model = make(**kwargs).fit([c.features for c in train], [c.label for c in train])  # type: ignore[arg-type]
        p = model.proba([cases[i].features for i in test])
        model_probs[test] = p
        test_rules = [rules[i] for i in test]
        for i, f in zip(test, combine(test_rules, p, threshold), strict=True):
            found_c[i] = f
        for i, f in zip(test, combine(test_rules, p, 0, cells), strict=True):
            found_d[i] = f
    print(f"\n== {make.__name__} {kwargs}; grouped {OUTER_FOLDS}-fold CV by batch family "
          f"(thresholds chosen by inner grouped {INNER_FOLDS}-fold CV)")  # fmt: skip
    print(line("(a) rules", labels, rules, rules))
    print(line("(b) model", labels, [KINDS[int(p.argmax())] for p in model_probs], rules))
    print(line("(c) rules+model ≥ t", labels, found_c, rules))
    print(line("(d) rules+model, cells", labels, found_d, rules))
    for t in THRESHOLDS[:-1]:
        print(line(f"    (fixed t={t})", labels, combine(rules, model_probs, t), rules))
    for c in sorted(Counter(chosen).items()):
        print(f"    chosen in {c[1]} fold(s): {c[0]}")
    by_batch: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(cases):
        by_batch[c.batch].append(i)
    gain = Counter()
    for b, idx in by_batch.items():
        g = _right([labels[i] for i in idx], [found_c[i] for i in idx]) - _right(
            [labels[i] for i in idx], [rules[i] for i in idx]
        )
        if g:
            gain[b] = g
    print(f"    (c) per batch, where it moves: {dict(sorted(gain.items()))}")


CONFIGS: dict[str, tuple[type[Logistic] | type[NaiveBayes], dict[str, float]]] = {
    "lr": (Logistic, {"l2": 1e-3}),
    "lr-text": (Logistic, {"l2": 1e-3, "text_only": True}),
    "nb": (NaiveBayes, {"alpha": 1.0}),
}


def holdout(dev: Sequence[Case], held: Sequence[Case], name: str, threshold: float) -> None:
    """Train on all of dev and print the held-out page-kind accuracy of the rules, the model
    and the rules with the model overriding at ≥ `threshold`, in aggregate only (no case)."""
    make, kwargs = CONFIGS[name]
    model = make(**kwargs).fit([c.features for c in dev], [c.label for c in dev])  # type: ignore[arg-type]
    p = model.proba([c.features for c in held])
    rules = [c.rules for c in held]
    labels = [c.label for c in held]
    found = combine(rules, p, threshold)
    alone = [KINDS[int(x.argmax())] for x in p]
    n = len(held)
    print(f"\n== held-out aggregate, {name}, override at ≥ {threshold}")
    print(f"  rules {_right(labels, rules)}/{n}   model {_right(labels, alone)}/{n}"
          f"   rules+model {_right(labels, found)}/{n}")  # fmt: skip


FIRST_CONTACT = "efghijklmnop"  # retired blind batches: zz_fresh_dec2026X then zz_retired_blind_X


def _first_scored(batch: str) -> str:
    """The commit that added blind batch `batch` to the held-out set (its first scoring)."""
    log = subprocess.run(
        ["git", "-C", str(ROOT), "log", "--all", "--diff-filter=A", "--format=%H", "--",
         f"tests/realworld/holdout/zz_fresh_dec2026{batch}.json"],
        capture_output=True, text=True, check=True)  # fmt: skip
    return log.stdout.split()[-1]


def _old_tree(batch: str) -> Path:
    """ingest/ and bench/ as they stood when blind batch `batch` was first scored (the parent
    of the commit that added it to the held-out set), exported under /tmp."""
    added = _first_scored(batch)
    tree = Path("/tmp") / f"page_model_old_{added[:10]}"
    if not (tree / "ingest").exists():
        tree.mkdir(exist_ok=True)
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", f"{added}^", "ingest", "bench"],
            capture_output=True, check=True).stdout  # fmt: skip
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    (tree / "bench" / "page_model_experiment.py").write_bytes(Path(__file__).read_bytes())
    return tree


def first_contact_cases(batch: str) -> list[Case]:
    """The retired blind batch's pages (today's labels) with the features the code of its first
    scoring gives (its rules' decision among them), computed in a subprocess."""
    cache = Path("/tmp") / f"page_model_first_{batch}_{_cache_key()}.pkl"
    if not cache.exists():
        tree = _old_tree(batch)
        cases = CASES / f"zz_retired_blind_{batch}.json"
        subprocess.run([sys.executable, "-m", "bench.page_model_experiment", "--features-of",
                        str(cases), "--out", str(cache)], cwd=tree, check=True,
                       env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"})  # fmt: skip
    rows = pickle.loads(cache.read_bytes())  # noqa: S301 (our own file)
    return [Case(b, label, rules, frozenset(f)) for b, label, rules, f in rows]


def _dev_files_then(batch: str) -> set[str]:
    """The dev batch files that existed when blind batch `batch` was first scored."""
    added = _first_scored(batch)
    names = subprocess.run(["git", "-C", str(ROOT), "ls-tree", "--name-only", f"{added}^",
                            "tests/realworld/cases/"], capture_output=True, text=True,
                           check=True).stdout.split()  # fmt: skip
    return {Path(n).stem for n in names if n.endswith(".json")}


def first_contact(dev: Sequence[Case], name: str, as_of: bool = False,
                  fresh: bool = False) -> None:  # fmt: skip
    """Each retired blind batch as it was first met: the rules of that day, the model (trained
    on today's dev less the batch's family), and the rules with the model overriding at ≥ t.
    The threshold can not come from dev (where the rules, written on it, are right 96% of the
    time, so no override pays): each batch's t is the best one on the *other* first-contact
    batches."""
    make, kwargs = CONFIGS[name]
    trained = " (trained on the dev of the day)" if as_of else ""
    trained = " (trained on the other batches as first met)" if fresh else trained
    print(f"\n== first contact, {name}{trained}: rules of the day vs model vs rules + model ≥ t")
    per_batch: list[tuple[str, list[Case], np.ndarray]] = []
    met = {batch: first_contact_cases(batch) for batch in FIRST_CONTACT}
    for batch in FIRST_CONTACT:
        test = met[batch]
        own = f"zz_retired_blind_{batch}"
        train = [c for c in dev if family(c.batch) != own]
        if fresh:  # the other batches as first met: rules' decisions out of their sample
            train = [c for b, cs in met.items() if b != batch for c in cs]
        if as_of:  # only the dev batches that existed then (the rules of the day saw no more)
            then = _dev_files_then(batch)
            train = [c for c in train if c.batch in then]
        model = make(**kwargs).fit([c.features for c in train], [c.label for c in train])  # type: ignore[arg-type]
        per_batch.append((batch, test, model.proba([c.features for c in test])))

    def gain(items: Sequence[tuple[str, list[Case], np.ndarray]], t: float) -> int:
        return sum(_right([c.label for c in cs], combine([c.rules for c in cs], p, t))
                   - _right([c.label for c in cs], [c.rules for c in cs])
                   for _, cs, p in items)  # fmt: skip

    labels: list[str] = []
    rules: list[str] = []
    loo: list[str] = []
    probs = []
    for i, (batch, cases, p) in enumerate(per_batch):
        others = per_batch[:i] + per_batch[i + 1 :]
        t = max(THRESHOLDS, key=lambda x: (gain(others, x), x))
        lab = [c.label for c in cases]
        rul = [c.rules for c in cases]
        found = combine(rul, p, t)
        labels += lab
        rules += rul
        loo += found
        probs.append(p)
        print(f"  {batch}: n {len(cases)}  rules {_right(lab, rul)}  model "
              f"{_right(lab, [KINDS[int(x.argmax())] for x in p])}  rules+model ≥ {t} "
              f"(t from the other batches) {_right(lab, found)}")  # fmt: skip
    allp = np.vstack(probs)
    print(line("(a) rules of the day", labels, rules, rules))
    print(line("(b) model", labels, [KINDS[int(x.argmax())] for x in allp], rules))
    print(line("(c) rules+model, t l.o.o.", labels, loo, rules))
    for t in THRESHOLDS[:-1]:
        print(line(f"    (fixed t={t})", labels, combine(rules, allp, t), rules))


# The one test fixed before blind batch t was labelled (twenty-seventh session): the
# configuration that gained at first contact without seeing later dev, trained on every retired
# blind batch as first met, overriding the rules at the threshold its leave-one-batch-out run
# chose. Scored once, on a new blind batch's first contact, in aggregate.
PREREGISTERED = ("lr", 0.7)


def blind(folder: Path) -> None:
    """The pre-registered test on a blind batch read by today's rules (its first contact):
    page-kind right of the rules, the model and the rules with the model overriding, in
    aggregate only."""
    name, threshold = PREREGISTERED
    make, kwargs = CONFIGS[name]
    train = [c for batch in FIRST_CONTACT for c in first_contact_cases(batch)]
    model = make(**kwargs).fit([c.features for c in train], [c.label for c in train])  # type: ignore[arg-type]
    held = read_cases(folder, use_cache=False)
    p = model.proba([c.features for c in held])
    rules = [c.rules for c in held]
    labels = [c.label for c in held]
    n = len(held)
    print(f"== blind first contact ({folder}), {name} trained on {len(train)} first-met pages "
          f"of batches {FIRST_CONTACT}, override at ≥ {threshold}")  # fmt: skip
    print(f"  rules {_right(labels, rules)}/{n}   model "
          f"{_right(labels, [KINDS[int(x.argmax())] for x in p])}/{n}   rules+model "
          f"{_right(labels, combine(rules, p, threshold))}/{n}")  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--config", choices=sorted(CONFIGS), action="append",
                        help="model(s) to cross-validate (default: all)")  # fmt: skip
    parser.add_argument("--no-cache", action="store_true", help="recompute the features")
    parser.add_argument("--holdout", metavar="CONFIG:T",
                        help="score one chosen configuration (e.g. lr-text:0.7) on the "
                             "held-out aggregate, once")  # fmt: skip
    parser.add_argument(
        "--first-contact",
        metavar="CONFIG",
        help="score the retired blind batches as first met (rules of the day)",
    )
    parser.add_argument(
        "--as-of",
        action="store_true",
        help="with --first-contact: train on the dev files of that day only",
    )
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="with --first-contact: train on the other retired blind batches as first met",
    )
    parser.add_argument(
        "--blind",
        type=Path,
        metavar="FOLDER",
        help="the pre-registered test (PREREGISTERED) on a new blind batch, aggregate only",
    )
    parser.add_argument("--features-of", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.features_of:  # (a first-contact subprocess, beside older ingest code)
        out = []
        for case in json.loads(args.features_of.read_text(encoding="utf-8")):
            rules, f = features_of(case["text"])
            out.append((args.features_of.stem, case["page"], rules, sorted(f)))
        args.out.write_bytes(pickle.dumps(out))
        return 0
    if args.blind:
        blind(args.blind)
        return 0
    dev = read_cases(CASES, not args.no_cache)
    if args.first_contact:
        first_contact(dev, args.first_contact, args.as_of, args.fresh)
        return 0
    print(
        f"dev: {len(dev)} pages, {len({c.batch for c in dev})} batch files, "
        + ", ".join(f"{k} {sum(c.label == k for c in dev)}" for k in KINDS)
    )
    if args.holdout:
        name, threshold = args.holdout.split(":")
        holdout(dev, read_cases(HOLDOUT, not args.no_cache), name, float(threshold))
        return 0
    for name in args.config or sorted(CONFIGS):
        make, kwargs = CONFIGS[name]
        evaluate(dev, make, kwargs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
