"""Run configuration: defaults < config file < environment < command line.

The config file is ``--config FILE`` when given, otherwise ``[tool.mtcheck]`` in
the nearest ``pyproject.toml`` above the working directory, otherwise the nearest
``mtcheck.toml``. Every value remembers where it came from (``mtcheck config
--show``). Unknown keys are errors with a "did you mean" hint: a typo in a CI
gate must fail loudly, not be ignored.
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import sys

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from .model import Severity

ENGLISH_STYLES = ("us", "uk")


class ConfigError(ValueError):
    """The configuration is invalid; the message says how to fix it."""


@dataclass
class Settings:
    """Everything that shapes a run. Field names are the config keys in snake case."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "error"
    min_score: float | None = None
    english_style: str = "us"
    source_lang: str = "auto"
    target_lang: str = "en"
    encoder: str = "use"
    #: where an ``st:`` encoder runs: auto (a GPU when torch sees one), cpu, cuda, cuda:N or mps
    device: str = "auto"
    langid: str = "auto"
    split: str = "sentences"
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    text_field: str | None = None
    title_field: str | None = None
    id_field: str | None = None
    #: the largest input (or JSONL line) read, in bytes: larger ones become error documents
    max_bytes: int = 64 * 1024 * 1024  # readers.base.DEFAULT_MAX_BYTES (not imported: readers import config)
    #: seconds allowed for each attempt to download a URL input
    timeout: float = 30.0
    cache_dir: str | None = None
    do_not_translate: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    checks: dict[str, dict[str, Any]] = field(default_factory=dict)
    per_path_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def source_of(self, key: str) -> str:
        """Where the value of ``key`` came from."""
        return self.sources.get(key, "default")

    def as_dict(self) -> dict[str, Any]:
        """The settings as plain data (without the sources)."""
        data = dataclasses.asdict(self)
        data.pop("sources")
        return data


SETTING_KEYS = tuple(f.name for f in dataclasses.fields(Settings) if f.name != "sources")
_SIZE_UNITS = {"K": 1024, "M": 1024 ** 2, "G": 1024 ** 3}
_TUPLE_KEYS = {"select", "ignore", "include", "exclude", "do_not_translate"}


def _key(raw: str) -> str:
    return raw.replace("-", "_")


def _unknown(key: str, known: list[str], where: str) -> ConfigError:
    shown = [k.replace("_", "-") for k in known]
    hint = difflib.get_close_matches(key.replace("_", "-"), shown, n=1)
    did_you_mean = f" (did you mean '{hint[0]}'?)" if hint else ""
    return ConfigError(f"unknown configuration key '{key}' in {where}{did_you_mean}")


def _positive(key: str, value: Any, where: str) -> int | float:
    """``max-bytes`` (a whole number, ``10M``/``1G`` suffixes allowed) or ``timeout`` (seconds), above 0."""
    name = key.replace("_", "-")
    text = str(value).strip().upper()
    scale = 1
    if key == "max_bytes" and text[-1:] in _SIZE_UNITS:
        scale, text = _SIZE_UNITS[text[-1]], text[:-1]
    try:
        number = float(text) * scale if key == "timeout" else int(float(text) * scale)
    except ValueError:
        raise ConfigError(f"'{name}' in {where} must be a number above 0 (max-bytes may end in K, M or G); "
                          f"got {value!r}") from None
    if number <= 0:
        raise ConfigError(f"'{name}' in {where} must be above 0; got {value!r}")
    return number


def _coerce(key: str, value: Any, where: str) -> Any:
    if key in _TUPLE_KEYS:
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        if not isinstance(value, (list, tuple)):
            raise ConfigError(f"'{key}' in {where} must be a list of strings")
        return tuple(str(v) for v in value)
    if key in ("max_bytes", "timeout"):
        return _positive(key, value, where)
    if key == "min_score" and value is not None:
        try:
            value = float(value)
        except (TypeError, ValueError):
            raise ConfigError(f"'min-score' in {where} must be a number from 0 to 100") from None
        if not 0 <= value <= 100:
            raise ConfigError(f"'min-score' in {where} must be from 0 to 100, got {value:g}")
        return value
    if key == "fail_on":
        value = str(value).lower()
        if value != "never":
            try:
                Severity.parse(value)
            except ValueError:
                raise ConfigError(f"'fail-on' in {where} must be error, warning, info or never; got {value!r}") from None
        return value
    if key == "device":
        from .embed import DEVICES, valid_device

        value = str(value).strip().lower()
        if not valid_device(value):
            raise ConfigError(f"'device' in {where} must be one of {', '.join(DEVICES)}; got {value!r}")
        return value
    if key == "english_style":
        value = str(value).lower()
        if value not in ENGLISH_STYLES:
            raise ConfigError(f"'english-style' in {where} must be 'us' or 'uk'; got {value!r}")
        return value
    if key == "severity":
        if not isinstance(value, Mapping):
            raise ConfigError(f"'severity' in {where} must be a table of check = severity")
        out = {}
        for name, sev in value.items():
            try:
                out[str(name)] = Severity.parse(sev).value
            except ValueError as exc:
                raise ConfigError(f"severity of '{name}' in {where}: {exc}") from None
        return out
    if key == "checks":
        if not isinstance(value, Mapping) or not all(isinstance(v, Mapping) for v in value.values()):
            raise ConfigError(f"'checks' in {where} must hold one table per check name")
        return {str(k): dict(v) for k, v in value.items()}
    if key == "per_path_ignores":
        if not isinstance(value, Mapping):
            raise ConfigError(f"'per-path-ignores' in {where} must be a table of glob = [checks]")
        return {str(k): _coerce("ignore", v, where) for k, v in value.items()}
    return value


def find_config_file(start: Path) -> tuple[Path, bool] | None:
    """The nearest pyproject.toml with [tool.mtcheck], else the nearest mtcheck.toml."""
    folders = [start, *start.parents]
    for folder in folders:
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError):
                continue
            if "mtcheck" in data.get("tool", {}):
                return candidate, True
    for folder in folders:
        candidate = folder / "mtcheck.toml"
        if candidate.is_file():
            return candidate, False
    return None


def read_config_file(path: Path) -> tuple[dict[str, Any], str]:
    """Read mtcheck's table from a TOML file; return it and a label for messages."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file {path} does not exist; check the path given to --config") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        return dict(data.get("tool", {}).get("mtcheck", {})), f"{path}:[tool.mtcheck]"
    if "tool" in data and "mtcheck" in data["tool"]:
        return dict(data["tool"]["mtcheck"]), f"{path}:[tool.mtcheck]"
    return dict(data), str(path)


def _apply(settings: Settings, values: Mapping[str, Any], where: str) -> None:
    for raw_key, value in values.items():
        key = _key(raw_key)
        if key not in SETTING_KEYS:
            raise _unknown(raw_key, list(SETTING_KEYS), where)
        setattr(settings, key, _coerce(key, value, where))
        settings.sources[key] = where


def load_settings(
    config: str | Path | None = None,
    overrides: Mapping[str, Any] | None = None,
    cwd: Path | None = None,
    environ: Mapping[str, str] | None = None,
    discover: bool = True,
) -> Settings:
    """Resolve settings from every layer; ``overrides`` are the command line's (None = not given).

    ``discover=False`` (the library API's default) skips the search for a config
    file and the environment, so a library call behaves the same in any folder.
    """
    settings = Settings()
    if config is not None:
        values, where = read_config_file(Path(config))
        _apply(settings, values, where)
    elif discover:
        found = find_config_file((cwd or Path.cwd()).resolve())
        if found is not None:
            values, where = read_config_file(found[0])
            _apply(settings, values, where)
    env = (os.environ if environ is None else environ) if discover else {}
    for key in SETTING_KEYS:
        name = f"MTCHECK_{key.upper()}"
        if name in env and key not in {"severity", "checks", "per_path_ignores"}:
            _apply(settings, {key: env[name]}, f"environment variable {name}")
    if overrides:
        _apply(settings, {k: v for k, v in overrides.items() if v is not None}, "command line")
    return settings
