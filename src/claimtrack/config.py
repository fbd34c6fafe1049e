"""User configuration: claimtrack.toml or [tool.claimtrack] in pyproject.toml.

    [[topic]]                      # claimtrack.toml
    id = "evacuations"
    kind = "figure"
    [[topic.rule]]
    units = ["Mensch", "Bewohner"]
    all_of = [["evakuiert", "in sicherheit gebracht"]]
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from .errors import ConfigError
from .models import explain_validation_error


def counts_unit(unit: str, wanted: list[str]) -> bool:
    """Is the counted noun `unit` one of `wanted`? A wanted "*soldat" takes the noun and its
    compounds: "Soldat", "Zeitsoldat", "Bundeswehrsoldat" (as in topics.toml and the concepts
    of quantities.toml)."""
    folded = unit.casefold()
    return any(unit == w or w[:1] == "*" and folded.endswith(w[1:].casefold()) for w in wanted)


# terms are matched case-insensitively against case-folded text
Terms = Annotated[list[str], AfterValidator(lambda terms: [t.casefold() for t in terms])]


class TopicRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    units: list[str] = Field(default_factory=list, description=(
        "Counted nouns (lemmas); one must be counted. '*soldat' also takes compounds: 'Zeitsoldat'."))
    all_of: list[Terms] = Field(default_factory=list, description="For each list, one term must occur.")
    none: Terms = Field(default_factory=list, description="Terms that must not occur.")
    stances: list[str] = Field(default_factory=list, description="The claim's stance must be one of these.")
    context_all_of: list[Terms] = Field(
        default_factory=list, description="For each list, one term must occur somewhere in the article."
    )
    places: bool = Field(False, description="The claim must name a place after a preposition: 'in Litauen'.")


class Topic(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="Topic id used on the command line.")
    label: str = Field("", description="A short human description.")
    kind: Literal["figure", "status"] = Field("status", description="How the reconciler compares claims.")
    rules: list[TopicRule] = Field(alias="rule", description="The claim matches when any rule matches.")
    none: Terms = Field(default_factory=list, description="Terms that keep a claim out whatever rule matches.")


def parse_topics(items: list[dict[str, Any]], source: str) -> list[Topic]:
    topics = []
    for n, item in enumerate(items, start=1):
        try:
            topics.append(Topic.model_validate(item))
        except ValidationError as exc:
            details = "; ".join(explain_validation_error(exc))
            raise ConfigError(f"{source}: topic {n} ({item.get('id', '?')}): {details}") from exc
    return topics


@cache
def shipped_topics() -> list[Topic]:
    text = resources.files("claimtrack").joinpath("topics.toml").read_text(encoding="utf-8")
    return parse_topics(tomllib.loads(text)["topic"], "claimtrack/topics.toml")


def find_config(start: Path | None = None) -> Path | None:
    """claimtrack.toml, or a pyproject.toml with [tool.claimtrack], in the folder or above."""
    folder = (start or Path.cwd()).resolve()
    for candidate in [folder, *folder.parents]:
        if (candidate / "claimtrack.toml").is_file():
            return candidate / "claimtrack.toml"
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and "[tool.claimtrack" in pyproject.read_text(encoding="utf-8", errors="replace"):
            return pyproject
    return None


def load_config(path: Path | None) -> dict[str, Any]:
    """The claimtrack settings of a config file ({} when there is none)."""
    if path is None:
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the configuration ({exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc})") from exc
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("claimtrack", {})
    return data


def user_topics(path: Path | None) -> list[dict[str, Any]]:
    """The raw topic definitions of a config file, validated."""
    items = load_config(path).get("topic", [])
    parse_topics(items, str(path))
    return items


def all_topics(path: Path | None) -> list[Topic]:
    """Shipped topics plus a user's; a user topic with a shipped id replaces it."""
    user = parse_topics(user_topics(path), str(path)) if path else []
    ids = {t.id for t in user}
    return [t for t in shipped_topics() if t.id not in ids] + user


def topic_by_id(topics: list[Topic], topic_id: str) -> Topic:
    for topic in topics:
        if topic.id == topic_id:
            return topic
    known = ", ".join(t.id for t in topics)
    raise ConfigError(f"unknown topic {topic_id!r}; known topics: {known}")


def known_topic(topics: list[Topic], topic_id: str, stored: Callable[[str], int]) -> Topic | None:
    """The definition of a topic `claims --topic` and `diff --topic` may ask for; None when only
    the store knows it: its claims were tagged under a claimtrack.toml that is not found from
    the current folder. `stored(topic_id)` counts the stored claims of a topic. A topic that is
    neither defined nor stored is a ConfigError, so a typo is never an empty answer."""
    try:
        return topic_by_id(topics, topic_id)
    except ConfigError:
        if stored(topic_id):
            return None
        raise


def defined_topic(topics: list[Topic], topic_id: str, stored: Callable[[str], int]) -> Topic:
    """The definition of a known topic, for reconciling it: its kind and counted nouns decide
    what agrees, and the store does not keep them."""
    topic = known_topic(topics, topic_id, stored)
    if topic is None:
        raise ConfigError(f"topic {topic_id!r} is in the store but not defined here, and diff needs its "
                          "definition: run claimtrack in the folder of the claimtrack.toml that defines it")
    return topic
