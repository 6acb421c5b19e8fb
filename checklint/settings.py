"""The effective configuration, as the engine uses it.

`checklint.config` reads and validates `.checklint.yaml` or
`[tool.checklint]` with pydantic and produces a `Settings`; with no
configuration file the defaults below are used and pydantic is never imported,
which keeps the zero-config hook fast.
"""

from __future__ import annotations

from dataclasses import field
from types import MappingProxyType
from typing import Literal

from checklint.models import record

Severity = Literal["error", "warning", "info"]

DONE_WORDS = (
    "done", "closed", "decided", "resolved", "complete", "completed", "yes",
    "✅", "☑", "☑️", "✔", "✔️", "[x]",
)  # fmt: skip
NA_WORDS = ("n/a", "na", "cancelled", "canceled", "dropped", "skipped", "won't do", "wontfix")
OPEN_WORDS = (
    "open", "pending", "todo", "to do", "in progress", "blocked", "waiting",
    "not started", "planned", "⏳", "☐", "❌", "[ ]", "",
)  # fmt: skip


@record
class ClaimVocabulary:
    """Words the claim detector adds to its built-in English grammar (§6)."""

    verdicts: tuple[str, ...] = ()  # extra readiness words: 'آماده', '就绪', 'SHIPPED'
    negations: tuple[str, ...] = ()  # extra negation words: 'نه', '未'
    conditions: tuple[str, ...] = ()  # extra condition/rule words: 'فقط وقتی', '当'
    targets: tuple[str, ...] = ()  # extra target/plan words: 'هدف', '目标'
    subjects: tuple[str, ...] = ()  # extra release subjects: 'انتشار', '发布'
    none_words: tuple[str, ...] = ()  # extra 'nothing remains' words: 'هیچ', '无'


@record
class RuleSettings:
    """One rule's configured severity and options."""

    severity: Severity | Literal["off"] | None = None  # None = the rule's default
    options: MappingProxyType[str, object] = field(default_factory=lambda: MappingProxyType({}))


@record
class Settings:
    """Everything a run is configured with; the defaults are the zero-config behaviour."""

    checklists: tuple[str, ...] = ("**/10_10_CHECKLIST.md",)
    queues: tuple[str, ...] = ("**/OWNER_INPUT_QUEUE.md",)
    claims_include: tuple[str, ...] = ("**/*.md", "**/*.markdown")
    claims_exclude: tuple[str, ...] = ()
    vocabulary: ClaimVocabulary = ClaimVocabulary()
    weights: MappingProxyType[str, float] = field(
        default_factory=lambda: MappingProxyType({})
    )  # section name -> percent; overrides the markdown
    done_chars: str = "xX"
    na_chars: str = "-~"
    open_chars: str = " /><!?"  # any other character is open too, and warned (CL502)
    # English first; the others are the words the corpus's Chinese, Persian and Japanese
    # release tables use, so those tables work without configuration.
    status_columns: tuple[str, ...] = ("status", "state", "状态", "狀態", "وضعیت", "ステータス")
    done_words: tuple[str, ...] = DONE_WORDS
    na_words: tuple[str, ...] = NA_WORDS
    open_words: tuple[str, ...] = OPEN_WORDS
    rules: MappingProxyType[str, RuleSettings] = field(
        default_factory=lambda: MappingProxyType({})
    )  # keyed by rule id or name
    evidence_roots: tuple[str, ...] = (".",)
    score_tolerance: float = 0.5
    config_path: str | None = None  # the file these came from, for messages
