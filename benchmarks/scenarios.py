"""The projects the benchmark runs over, laid out under the output folder.

- `seed`: the seed project's two release files (open state, commit 184344e) as
  `docs/10_10_CHECKLIST.md` and `docs/runtime/OWNER_INPUT_QUEUE.md`, no git;
- `seed-config`: the same with a `.checklint.yaml` (read with ruamel.yaml and
  validated with pydantic, unless the settings cache has it);
- `seed-git`: the same files committed in a git repository (the work tree is
  listed with one `git ls-files`), and `seed-staged`: `check --staged` there,
  which reads the index as the pre-commit hook does (and compares it with HEAD);
- `gen-1mb`, `gen-7.9mb`: generated checklists (see `generate.py`).

The baseline for every scenario is a whole-process markdown-it-py parse (inline
included) of exactly the markdown files checklint reads there.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from generate import TODAY, write_project

SEED = Path(__file__).resolve().parent / "seed"
SEED_LAYOUT = {
    "checklist-184344e.md": "docs/10_10_CHECKLIST.md",
    "queue-184344e.md": "docs/runtime/OWNER_INPUT_QUEUE.md",
}
BASELINE = (
    "import markdown_it,sys; md=markdown_it.MarkdownIt('commonmark').enable('table'); "
    "[md.parse(open(f,encoding='utf-8').read()) for f in sys.argv[1:]]"
)
CONFIG = """\
checklists:
  - docs/10_10_CHECKLIST.md
queues:
  - docs/runtime/OWNER_INPUT_QUEUE.md
rules:
  CL503:
    severity: warning
"""
MB = 1_000_000
GENERATED = {"gen-1mb": 1 * MB, "gen-7.9mb": 7_900_000}
_GIT_ENV = {
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_AUTHOR_NAME": "bench",
    "GIT_AUTHOR_EMAIL": "bench@checklint.invalid",
    "GIT_COMMITTER_NAME": "bench",
    "GIT_COMMITTER_EMAIL": "bench@checklint.invalid",
}


@dataclass(frozen=True, slots=True)
class Scenario:
    name: str
    root: Path
    markdown: tuple[Path, ...]  # what checklint reads, and the baseline parses
    check_args: tuple[str, ...] = ("check",)

    def checklint_argv(self) -> tuple[str, ...]:
        return (*checklint_command(), "--root", str(self.root), *self.check_args)

    def baseline_argv(self) -> tuple[str, ...]:
        return (sys.executable, "-c", BASELINE, *(str(path) for path in self.markdown))


def checklint_command() -> tuple[str, ...]:
    """The console script next to this interpreter (what pre-commit runs), else `-m`."""
    script = Path(sys.executable).with_name("checklint")
    return (str(script),) if script.exists() else (sys.executable, "-m", "checklint")


def run_environment(out: Path) -> dict[str, str]:
    """The environment of every timed run: a pinned 'today', no colour, no hook state.

    Bytecode is cached as on any installation (a `PYTHONDONTWRITEBYTECODE` in the
    caller's environment would make every run recompile checklint, never
    markdown-it, whose wheel ships its .pyc files), under `out/` so that the
    source tree stays clean.
    """
    dropped = ("GIT_", "PRE_COMMIT", "CHECKLINT_", "PYTHONDONTWRITEBYTECODE")
    env = {k: v for k, v in os.environ.items() if not k.startswith(dropped)}
    env.update(_GIT_ENV, CHECKLINT_TODAY=TODAY, NO_COLOR="1")
    env["PYTHONPYCACHEPREFIX"] = str(out / "pycache")
    return env


def build(out: Path, names: set[str]) -> list[Scenario]:
    """Lay out the projects named in `names` (fresh each time) and describe them."""
    scenarios: list[Scenario] = []
    if names & {"seed", "seed-config", "seed-git", "seed-staged"}:
        seed = _seed_project(out / "seed", git=False)
        configured = _seed_project(out / "seed-config", git=False)
        (configured / ".checklint.yaml").write_text(CONFIG, encoding="utf-8")
        repo = _seed_project(out / "seed-git", git=True)
        scenarios += [
            Scenario("seed", seed, _markdown(seed)),
            Scenario("seed-config", configured, _markdown(configured)),
            Scenario("seed-git", repo, _markdown(repo)),
            Scenario("seed-staged", repo, _markdown(repo), ("check", "--staged")),
        ]
    for name, size in GENERATED.items():
        if name in names:
            root = _fresh(out / name)
            write_project(root, size)
            scenarios.append(Scenario(name, root, _markdown(root)))
    return [scenario for scenario in scenarios if scenario.name in names]


def _seed_project(root: Path, *, git: bool) -> Path:
    _fresh(root)
    for source, target in SEED_LAYOUT.items():
        path = root / target
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SEED / source, path)
    if git:
        for args in (("init", "-q"), ("add", "-A"), ("commit", "-q", "-m", "seed")):
            subprocess.run(["git", *args], cwd=root, env=_git_environment(), check=True)
    return root


def _git_environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(_GIT_ENV)
    return env


def _fresh(root: Path) -> Path:
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    return root


def _markdown(root: Path) -> tuple[Path, ...]:
    return tuple(
        sorted(
            path
            for path in root.rglob("*")
            if path.suffix in (".md", ".markdown") and ".git" not in path.parts
        )
    )
