"""Voices: the institution a spokesperson or the head of an office speaks for (`speaks_for`),
read once the whole article is read, so that one body named in several ways is one origin.

    NATO-Generalsekretär Mark Rutte sagte …          -> NATO (the affiliation written)
    Ein Unternehmenssprecher sagte …                  -> the company named before by name
    Landrätin Petra Albrecht … im Landratsamt …      -> the Landratsamt, wherever the article names it
    LfU-Präsidentin Ursula Brenner (after "Landesamt für Umwelt") -> Landesamt für Umwelt
    Sprecherin Karin Weiß (after the initiative)      -> the initiative named just before
    Albrecht sagte … (the same person, no role)       -> what she speaks for elsewhere in the article
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .coreference import RECENT_MENTIONS, fits
from .lexicon import Lexicon, fold_umlauts, normalise_name
from .mentions import Mention
from .nouns import country_of, head_kind, is_place_name, role_word

if TYPE_CHECKING:
    from .attribution import ClaimDraft


def assign_voices(claims: list[ClaimDraft], mentioned: list[Mention], lex: Lexicon) -> None:
    """Set `speaks_for` on the claims' speakers; a person's voice in one claim is theirs in
    the article's other claims ("Landrätin Petra Albrecht", later "Albrecht")."""
    voices = Voices(mentioned, lex)
    by_person: dict[str, str] = {}
    for claim in claims:
        if claim.speaker is not None and (voice := voices.speaks_for(claim.speaker)) is not None:
            claim.speaker.speaks_for = voice
            if claim.speaker.is_person:
                by_person.setdefault(claim.speaker.canonical, voice)
    for claim in claims:
        if claim.speaker is not None and claim.speaker.is_person and claim.speaker.speaks_for is None:
            claim.speaker.speaks_for = by_person.get(claim.speaker.canonical)


class Voices:
    """What the speakers of one article speak for, from every mention of the article."""

    def __init__(self, mentioned: list[Mention], lex: Lexicon) -> None:
        self.mentioned = mentioned  # every mention of the article, in order
        self.lex = lex

    def speaks_for(self, speaker: Mention) -> str | None:
        """The institution whose voice a spokesperson or the head of an office is, once the
        whole article is read: the affiliation, where written ("NATO-Generalsekretär Mark
        Rutte"); "Unternehmenssprecher" the company and "Polizeisprecher" the police the
        article named before by name; "Landrätin Petra Albrecht" the Landratsamt the article
        names anywhere; "Sprecherin Karin Weiß" the institution named just before. None for
        anyone else ("Experte", "Abgeordneter")."""
        lex = self.lex
        if not speaker.role or office_of(speaker.role, lex) is None:
            return None
        institutions = [m for m in self.mentioned if not m.is_person and not m.pronoun and self.is_institution(m)]
        before = [m for m in institutions if m.start < speaker.start]
        if speaker.affiliation:
            voice = self.named_institution(speaker.affiliation, before)
            return voice if self.can_speak(voice) else None  # not "der Anlage" of "Werkleiterin der Anlage"
        if nouns := offices_named(speaker.role, lex):
            found = {m.canonical for m in institutions if m.canonical.split()[0].casefold() in nouns
                     and m.canonical.casefold() not in lex.government_words | lex.generic_institutions}  # not "Stadt"
            named = {c for c in found if " " in c} or found  # "Landratsamt Wiesental" over "Landratsamt"
            return next(iter(named)) if len(named) == 1 else None
        if speaker.has_name and office_of(speaker.role, lex) == "sprecher":
            # the institution named last, but not one named only by its kind ("wirft dem
            # Unternehmen vor, …“, sagte Sprecherin Karin Weiß" of the initiative)
            recent = [m for m in self.mentioned if m.start < speaker.start][-RECENT_MENTIONS:]
            return next((m.canonical for m in reversed(recent)
                         if m in before and m.canonical.casefold() not in lex.generic_institutions), None)
        return None

    def is_institution(self, mention: Mention) -> bool:
        """Does a mention name an institution: by its name, as a known entity, or by a noun for
        one ("Landratsamt", "Velden Chemie")? Not "Vertuschung", taken for a name at the end of
        a sentence."""
        if mention.kind not in ("government", "organization", "media") or mention.role:
            return False  # not "Sprecher des Innenministeriums", who speaks for it
        return mention.has_name or normalise_name(mention.canonical) in self.lex.entities \
            or head_kind(mention.canonical.split()[0], self.lex) == mention.kind \
            or head_kind(mention.canonical.split()[-1], self.lex) == mention.kind

    def can_speak(self, name: str) -> bool:
        """Is an affiliation a body that speaks: an institution, a known name, a country or a
        place ("Unteraus Bürgermeister"), an acronym, a name of several words?"""
        lex = self.lex
        return (
            " " in name or normalise_name(name) in lex.entities or country_of(name, lex) is not None
            or head_kind(name, lex) in ("government", "organization", "media") or is_place_name(name, lex)
            or sum(c.isupper() for c in name) >= 2)

    def named_institution(self, affiliation: str, before: list[Mention]) -> str:
        """An affiliation that names an institution only by its kind ("Unternehmen" in
        "Unternehmenssprecher", "Polizei" in "Polizeisprecher") as the article named it
        before: by a name that holds the kind ("Polizeipräsidium Oberland") or, for a generic
        noun, the last institution of its kind with a name ("Velden Chemie")."""
        lex = self.lex
        for m in reversed(before):
            if " " in m.canonical and initials(m.canonical) == affiliation:
                return m.canonical  # "LfU-Präsidentin" after "des Landesamts für Umwelt"
        kind = head_kind(affiliation, lex) if " " not in affiliation else None
        if kind not in ("government", "organization"):
            return affiliation  # a name ("NATO", "Pentagon") or a country
        word = affiliation.casefold()
        for m in reversed(before):
            if " " in m.canonical and word in m.canonical.casefold():
                return m.canonical
        if word in lex.generic_institutions:
            for m in reversed(before):
                if m.kind == kind and (m.has_name or normalise_name(m.canonical) in lex.entities) and fits(word, m, lex):
                    return m.canonical
        return affiliation


def initials(name: str) -> str:
    """"Landesamt für Umwelt" -> "LfU": the acronym a name's first letters make."""
    return "".join(word[0] for word in name.split() if not word.startswith("("))


@lru_cache(maxsize=1 << 12)
def office_of(role: str, lex: Lexicon) -> str | None:
    """The end of a role word by which its holder speaks for an institution: "stellvertretende
    Pentagon-Sprecherin" -> "sprecher", "Landrätin" -> "landrat"; None for "Experte"."""
    word = fold_umlauts(role_word(role))
    return next((end for end in lex.speaks_for if word.endswith(end)), None)


@lru_cache(maxsize=1 << 12)
def offices_named(role: str, lex: Lexicon) -> frozenset[str]:
    """The institution nouns an office heads when the role does not name its institution:
    "Landrätin" -> {"landratsamt", "landkreis", …}; empty for "Sprecher"."""
    word = fold_umlauts(role_word(role))
    ends = [end for end in lex.offices if word.endswith(end)]
    return lex.offices[max(ends, key=len)] if ends else frozenset()
