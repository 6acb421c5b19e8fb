"""The built-in English vocabulary of the claim grammar, slot by slot.

Every slot is a tuple of lower-case words or phrases; `checklint.claims.grammar`
compiles each into one regex, adding the words a project configures under
`claims: vocabulary:`. Phrases match across any run of white space.
"""

from __future__ import annotations

# -- what makes a claim ---------------------------------------------------------------------

# Verdicts that say the release is ready. 'go' is only ever read in a licensed position
# (a status value, a predicate of the release, the head of a sentence), never as a verb.
READINESS_VERDICTS = ("ready", "achieved", "go", "done", "complete", "completed")
# Verdicts that say a check passed: a claim only for the gates as a whole or a release key.
CHECK_VERDICTS = ("pass", "passed", "passing", "green")
# Verdicts that may open a sentence with no subject: 'READY for deployment.', 'GO ✅'.
HEAD_VERDICTS = ("ready", "go", "achieved")
# Compound adjectives that only ever mean 'ready for release': 'production-ready'.
COMPOUND_HEADS = (
    "production", "release", "launch", "ship", "shipping", "deploy", "deployment", "ga",
    "go-live", "market", "enterprise-release", "prod",
)  # fmt: skip
# What 'ready for ...' / 'ready to ...' must be about to be a release verdict.
RELEASE_NOUNS = (
    "production", "prod", "release", "launch", "deployment", "deploy", "shipping", "publish",
    "publication", "ga", "general availability", "go-live", "rollout", "final publish",
)  # fmt: skip
RELEASE_VERBS = ("deploy", "ship", "release", "launch", "publish", "go live", "roll out")

# -- subjects ---------------------------------------------------------------------------------

# Words that name the release or the whole of it.
RELEASE_SUBJECTS = (
    "release", "releases", "launch", "ship", "shipping", "publication", "publish", "deploy",
    "deployment", "production", "prod", "go-live", "golive", "ga", "rollout", "checklist",
    "checklists", "gate", "gates", "project", "product", "platform", "system", "enterprise",
    "mvp", "rc", "candidate", "version", "we", "everything", "readiness", "ready", "codebase",
    "app", "application",
)  # fmt: skip
# Words that say nothing about what is scored: 'Estimated overall', 'Current decision'.
GENERIC_WORDS = (
    "the", "a", "an", "our", "my", "this", "that", "its", "their", "current", "currently",
    "final", "finally", "overall", "total", "estimated", "estimate", "latest", "actual",
    "official", "officially", "suggested", "recommended", "proposed", "computed", "measured",
    "aggregate", "combined", "global", "general", "whole", "entire", "summary", "status",
    "state", "score", "scores", "scoring", "rating", "grade", "mark", "result", "results",
    "verdict", "decision", "outcome", "assessment", "classification", "recommendation",
    "conclusion", "evaluation", "level", "value", "quality", "go", "no", "nogo", "gonogo",
    "now", "today", "as", "of", "at", "on", "for", "in", "and", "with", "is", "are", "was",
    "has", "have", "been", "all", "axes", "axis", "dimensions", "dimension", "areas", "area",
    "categories", "board", "fronts", "counts", "realistic", "publication", "signoff", "sign",
    "off", "approval", "public", "live", "reached", "hit", "achieved", "scored", "got",
    "earned", "sits", "stands", "rose", "improved", "went", "up", "be", "were", "there", "had",
    "every", "each", "history", "trend", "progress", "perfect", "completion",
)  # fmt: skip
# Key words whose value may be a verdict: 'Status: READY', 'Release decision: GO'.
STATUS_KEYS = (
    "status", "state", "readiness", "decision", "verdict", "result", "results", "outcome",
    "classification", "assessment", "recommendation", "conclusion", "evaluation", "gate",
    "signoff", "sign-off", "overall", "release", "launch", "go/no-go", "go-no-go",
)  # fmt: skip
# Key words that name what is left: 'Remaining blockers: none'.
REMAINING_KEYS = (
    "remaining", "open", "blocker", "blockers", "blocking", "outstanding", "pending", "left",
    "todo", "todos", "to-do", "unresolved", "open issues", "known blockers",
)  # fmt: skip
NONE_WORDS = ("none", "nothing", "nil", "zero", "0", "no blockers", "no open items")
# What 'all ... are done' must count to be about the release as a whole.
WHOLE_THINGS = (
    "gates", "checks", "items", "tasks", "boxes", "checkboxes", "blockers", "criteria",
    "requirements", "todos", "action items", "checklist items", "checklist", "gate", "check",
    "item", "task", "box", "checkbox", "blocker", "criterion", "requirement",
)  # fmt: skip
DONE_PREDICATES = (
    "done", "complete", "completed", "closed", "checked", "checked off", "ticked", "resolved",
    "met", "satisfied", "green", "passed", "pass", "passing", "cleared", "finished",
)  # fmt: skip
# Words a bare 10/10 may be followed by and still be a score ('10/10 achieved').
SCORE_FOLLOWERS = (
    "achieved", "reached", "attained", "hit", "met", "confirmed", "verified", "done",
    "complete", "completed", "ready", "secured", "earned", "delivered", "accomplished",
    "is", "was", "are", "has", "have", "now", "today", "again", "overall", "total", "across",
    "in", "on", "at", "for", "with", "and", "as", "since", "per", "everywhere", "score",
    "scored", "rating", "status", "across-the-board", "all", "too", "also", "after",
    "following", "codebase", "app", "application", "platform", "product", "project", "system",
    "estimated", "est", "approx", "approximately",
)  # fmt: skip
# Words that may stand between a copula and a verdict: 'is now fully production-ready'.
ADVERBS = (
    "now", "fully", "officially", "finally", "already", "all", "completely", "effectively",
    "totally", "100%", "truly", "formally", "indeed", "again", "hereby", "a", "an",
)  # fmt: skip
COPULAS = ("is", "are", "was", "were", "'s", "has been", "have been", "became", "becomes")

# -- what cancels a claim ------------------------------------------------------------------

# Negations read in a short window before the claim word, not across a comma.
NEGATIONS = (
    "not", "no", "nor", "neither", "isn't", "aren't", "wasn't", "weren't", "hasn't",
    "haven't", "hadn't", "didn't", "did not", "without", "yet to", "far from", "short of",
    "pending", "awaiting", "lacks", "lacking", "missing", "almost", "nearly", "partially",
    "partly", "mostly", "conditional", "conditionally", "provisional", "provisionally",
    "blocks", "blocking", "blocked", "prevents", "except", "no longer", "hardly", "barely",
    "approximately", "about", "around", "roughly", "near", "close to",
)  # fmt: skip
# Negations read right after the claim word: 'READY (pending audit)', '10/10 — not yet'.
TRAILING_NEGATIONS = (
    "not", "pending", "awaiting", "except", "partially", "almost", "in progress",
    "with warnings", "with risks", "with minor risks", "with conditions", "with caveats",
    "with exceptions", "blocked", "yet to",
)  # fmt: skip
# Prohibitions: anywhere before the claim word in its sentence.
PROHIBITIONS = (
    "never", "must not", "mustn't", "do not", "don't", "does not", "doesn't", "should not",
    "shouldn't", "cannot", "can't", "will not", "won't", "may not", "must never",
)  # fmt: skip
# Conditions, modals, rules and definitions: anywhere in the claim's sentence.
CONDITIONS = (
    "if", "only if", "only when", "only after", "when", "whenever", "unless", "until", "till",
    "once", "provided", "assuming", "as soon as", "in order to", "so that", "such that",
    "would", "could", "should", "shall", "must", "might", "will", "going to", "can",
    "need to", "needs to", "needs", "require", "requires", "required", "expected", "expects",
    "ensure", "ensures",
    "make sure", "verify that", "check that", "confirm that", "means", "defined as",
    "definition", "e.g.", "for example", "example", "such as", "to be", "let's", "let us",
    "before",
)  # fmt: skip
# Targets, plans and intentions: anywhere in the claim's sentence.
TARGETS = (
    "target", "targets", "targeted", "targeting", "goal", "goals", "aim", "aims", "aiming",
    "objective", "objectives", "path to", "road to", "toward", "towards", "to reach",
    "to achieve", "to get to", "to hit", "to attain", "reach", "achieve", "aspire",
    "aspiration", "want", "wants", "wanted", "wish", "hope", "hoping", "intend", "intends",
    "strive", "trajectory", "projected", "projection", "forecast", "eta", "desired",
    "ideally", "upcoming", "eventually", "planned", "planning",
)  # fmt: skip
# Speech acts about claims: 'Do not claim 10/10', 'Mark release as 10/10 only when'.
META_VERBS = (
    "claim", "claims", "claiming", "declare", "declaring", "call", "calling", "mark",
    "marking", "report", "reporting", "write", "writing", "say", "saying",
    "signal", "signalling", "signaling", "label", "labelling", "labeling",
    "use", "using", "treat", "treating", "set",
)  # fmt: skip
# Keys whose value is a definition, a rule or a plan, never a status.
DEFINITION_KEYS = (
    "description", "definition", "defined", "meaning", "means", "criteria", "criterion",
    "requirement", "requirements", "acceptance", "definition of done", "dod", "goal",
    "goals", "target", "targets", "objective", "objectives", "aim", "plan", "purpose",
    "expectation", "expected", "example", "examples", "e.g.", "template", "legend",
    "options", "values", "rule", "rules", "policy", "condition", "conditions", "next",
    "path to", "road to", "roadmap", "usage", "format", "syntax", "why", "how", "when",
    "if", "lifecycle", "workflow", "flow", "states", "statuses", "possible",
)  # fmt: skip
# Headings over lists and tables of criteria, rules and examples.
DEFINITION_HEADINGS = (
    "criteria", "definition of done", "requirements", "acceptance", "goals", "targets",
    "objectives", "legend", "template", "glossary", "definitions", "rules", "policy",
    "guidelines", "conventions", "examples", "how to", "not doing", "anti-patterns",
    "must not", "do not", "don'ts", "rubric", "grading", "scale",
)  # fmt: skip
# Lead-ins that make the list below them options rather than values.
OPTION_LEADS = ("options", "one of", "possible", "choose", "select", "legend", "values")
# Status words that make a verdict one option of a legend: 'Ready / Blocked / In Progress'.
LEGEND_WORDS = (
    "no-go", "no go", "nogo", "conditional", "blocked", "fail", "failed", "failing",
    "in progress", "not ready", "needs work", "pending", "n/a", "hold", "waiver", "warning",
    "warnings", "not started", "partial", "skipped", "ready", "go", "pass", "done",
    "complete", "completed", "planned", "draft", "backlog",
)  # fmt: skip
# A heading naming a unit of work: its 'Status: Done' is that unit's, not the release's.
WORK_UNITS = (
    "phase", "stage", "step", "task", "milestone", "sprint", "epic", "story", "iteration",
    "wave", "week", "day", "part", "ticket", "issue", "item", "section", "module", "chapter",
    "round", "cycle", "workstream", "lane", "pr",
)  # fmt: skip
# Words naming the current value of a table column, against a target column.
CURRENT_COLUMNS = ("current", "now", "actual", "after", "result", "achieved", "today", "final")
# Nouns a compound readiness word may qualify and still praise the release as a whole.
ATTRIBUTIVE_HEADS = (
    "code", "codebase", "state", "status", "quality", "level", "grade", "condition", "shape",
    "form", "solution", "service", "build",
)  # fmt: skip
YES_WORDS = ("yes", "true", "y", "✅", "✔", "✔️", "☑", "☑️", "☒")
