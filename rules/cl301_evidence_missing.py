"""## What it does
Finds evidence that a checklist or queue cites but the checked tree does not
record. Evidence is cited by a done item (its own box ticked) or by a
section's `Evidence:` block, as a backticked path or a relative link:

- a link target resolves from the citing file's folder (`/x` from the
  repository root); one that climbs out of the repository counts as missing;
- a backticked path resolves against each evidence root (`evidence: roots:`
  in the configuration, default the repository root) and counts as present
  when any root holds it;
- a trailing `/` asks for a folder.

The tree is the one being checked: the work tree, or the index under
`--staged` and the hook. A path that is on disk but ignored by git is
reported as not recorded: a clone, CI or a reviewer will never see it.

Open items' evidence is not judged (the work is not claimed yet), and
backticked text that is plainly not a repository path is skipped: absolute
paths (`/api/ready`), host names (`example.com/x`), names with a folder but no
file extension whose first folder the tree does not hold (a branch name such
as `chore/cleanup`), and bare file names whose extension is not a document,
data, report or image type (`Next.js`).

## Why is this bad?
A ticked item or a section that points at missing evidence claims proof that
nobody can inspect. Generated reports are often git-ignored
(`.lighthouseci/`, `coverage/`): they exist on the author's machine only, so
the checklist reads as evidenced while the repository holds nothing.

## Example
```markdown
## A) Engineering Quality (25%)
- [x] Lighthouse assertions pass locally for tracked routes.

Evidence:
- `.lighthouseci/assertion-results.json`
```

With `.lighthouseci/` in `.gitignore`, line 5 is reported:
`.lighthouseci/assertion-results.json is on disk but git-ignored, so it is not
recorded in the repository; commit it (force-add) or cite recorded
evidence`.

## How to fix
Commit the evidence (`git add -f` for an ignored report), correct the path,
or cite evidence the repository records.
"""

from __future__ import annotations

import posixpath
from bisect import bisect_left
from collections.abc import Iterator, Sequence

from checklint.lazyre import lazy
from checklint.models import Document, EvidenceRef, Role, Status
from checklint.rule import Finding, Rule, RuleContext
from checklint.tree import Tree

RULE = Rule(
    id="CL301",
    name="evidence-missing",
    severity="error",
    summary="a done item or section cites evidence that is not in the checked tree",
)

# Bare names (no folder) are judged only with these extensions: `Next.js` is a library.
_FILE_TYPES = frozenset((
    "md", "markdown", "txt", "rst", "adoc", "json", "jsonl", "yaml", "yml", "toml", "csv", "tsv",
    "log", "html", "htm", "xml", "sarif", "pdf", "png", "jpg", "jpeg", "gif", "svg", "webp", "har",
    "lcov", "zip", "gz", "tgz", "sql", "ini", "cfg", "conf", "env",
))  # fmt: skip
_EXTENSION = lazy(r"[^.]\.([A-Za-z0-9]{1,8})$")


def check(context: RuleContext) -> Iterator[Finding]:
    project = context.project
    # A checklist cites a few files many times: judge each once, not with two stats a citation.
    problems: dict[tuple[str, bool, str], str | None] = {}
    for role in (Role.CHECKLIST, Role.QUEUE):
        for _, document in project.by_role(role):
            folder = posixpath.dirname(document.path)
            for ref in _cited(document):
                key = (ref.target, ref.link, folder if ref.link else "")
                if key not in problems:
                    problems[key] = _problem(
                        project.tree, document.path, ref, project.settings.evidence_roots
                    )
                problem = problems[key]
                if problem is not None:
                    yield Finding(
                        document.path, ref.line, ref.column, RULE.id, RULE.name, RULE.severity,
                        problem,
                    )  # fmt: skip


def _cited(document: Document) -> Iterator[EvidenceRef]:
    """Each reference of the sections' Evidence blocks and of done items, once."""
    seen: set[tuple[int, int]] = set()
    refs = [ref for section in document.sections for ref in section.evidence]
    refs += [ref for item in document.items if item.own_status is Status.DONE
             for ref in item.evidence]  # fmt: skip
    for ref in refs:
        if (ref.line, ref.column) not in seen:
            seen.add((ref.line, ref.column))
            yield ref


def _problem(tree: Tree, citing: str, ref: EvidenceRef, roots: Sequence[str]) -> str | None:
    """What is wrong with one reference, or None when the tree records it (or it is no path)."""
    from urllib.parse import unquote  # links only; 2 ms that most commits never need

    target = unquote(ref.target) if ref.link else ref.target
    folder = target.endswith("/")
    if ref.link:
        base = "" if target.startswith("/") else posixpath.dirname(citing)
        places = [_inside(base, target.lstrip("/"))]
    elif _repository_path(tree, target):
        places = [_inside(root, target) for root in roots]
    else:
        return None
    candidates = [place for place in places if place is not None]
    if not candidates:
        kind = "link" if ref.link else "path"
        return f"evidence {kind} '{target}' points outside the repository; cite a file inside it"
    if any(_recorded(tree, place, folder) for place in candidates):
        return None
    ignored = next((place for place in candidates if tree.ignored(place)), None)
    if ignored is not None:
        shown = ignored + ("/" if folder else "")
        return (
            f"{shown} is on disk but git-ignored, so it is not recorded in the repository; "
            "commit it (force-add) or cite recorded evidence"
        )
    return _missing(tree, target, folder, candidates)


def _missing(tree: Tree, target: str, folder: bool, candidates: list[str]) -> str:
    kind = "folder" if folder else "file"
    looked = [place + ("/" if folder else "") for place in candidates]
    where = f" (looked for {', '.join(looked)})" if looked != [target] else ""
    return (
        f"evidence {kind} '{target}' is not in the {tree.label}{where}; record it or fix the path"
    )


def _inside(base: str, target: str) -> str | None:
    """`target` joined to `base` and normalised; None when it leaves the repository."""
    joined = posixpath.normpath(posixpath.join(base, target))
    if joined == ".." or joined.startswith(("../", "/")):
        return None
    return joined


def _recorded(tree: Tree, path: str, folder: bool) -> bool:
    if not tree.exists(path):
        return False
    return not folder or not _is_file(tree.files(), path)


def _is_file(files: Sequence[str], path: str) -> bool:
    index = bisect_left(files, path)  # files() is sorted
    return index < len(files) and files[index] == path


def _repository_path(tree: Tree, target: str) -> bool:
    """Whether backticked text is meant as a path in the repository (see the docstring)."""
    if target.startswith("/"):
        return False  # an absolute path or a URL path such as `/api/ready`
    if target.startswith(("./", "../")) or target.endswith("/"):
        return True
    parts = posixpath.normpath(target).split("/")
    extension = _EXTENSION().search(parts[-1])
    if len(parts) == 1:
        return extension is not None and extension.group(1).casefold() in _FILE_TYPES
    first_is_folder = tree.exists(parts[0]) or tree.ignored(parts[0])
    if "." in parts[0][1:] and not first_is_folder:
        return False  # a host name: `example.com/page`
    return extension is not None or first_is_folder
