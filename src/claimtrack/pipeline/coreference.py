"""Coreference for speakers: pronouns, role nouns, definite descriptions and possessives
take the last fitting speaker.

    Bürgermeister Tom Hahn sprach von einer Katastrophe. Er betonte, ...   -> "Er" is Tom Hahn
    Der NATO-Chef sprach von ...  (after "NATO-Generalsekretär Mark Rutte") -> Mark Rutte
    das Ministerium  (after "das Innenministerium")                          -> Innenministerium
"""

from __future__ import annotations

from .lexicon import Lexicon
from .mentions import Mention


class Resolver:
    """Pronouns and role nouns to the last fitting speaker; surnames to full names."""

    def __init__(self, lex: Lexicon | None = None) -> None:
        self.lex = lex  # for the role nouns that name one office; without it any role fits
        self.salient: list[Mention] = []  # speakers and sentence subjects, most recent last
        self.mentioned: list[Mention] = []  # every mention, most recent last

    def resolve(self, mention: Mention) -> tuple[Mention | None, str | None]:
        if not mention.pronoun:
            return mention, None
        pool = self.mentioned if mention.pronoun == "demonstrative" else self.salient
        masculine = mention.text.lower() == "er" or mention.text.lower().startswith("sein")
        if mention.pronoun == "definite":
            # "das Ministerium" after "das Innenministerium", "des Geheimdienstes" after "der
            # Nationale Geheimdienst (NIS)": the last institution it abbreviates
            head = mention.canonical.casefold()
            for candidate in reversed(self.mentioned):
                if not candidate.is_person and not candidate.pronoun and candidate is not mention and (
                        head in candidate.canonical.casefold() or head in candidate.text.casefold()):
                    return candidate, mention.text
            return None, None
        if mention.pronoun == "role" and mention.affiliation:
            # "Der NATO-Chef" after "NATO-Generalsekretär Mark Rutte"
            for candidate in reversed(pool):
                if candidate.is_person and candidate.affiliation == mention.affiliation:
                    return candidate, mention.text
        for candidate in reversed(pool):
            if candidate.pronoun:
                continue
            if mention.pronoun in ("demonstrative", "role") and not candidate.is_person:
                continue
            if mention.pronoun == "role" and not self.same_office(mention.role, candidate.role):
                continue  # "der Landrat" is not the "Pfarrer Jonas Fuchs" named before
            if masculine and not (candidate.is_person or candidate.determiner in ("der", "ein")
                                  or candidate.determiner is None and candidate.kind == "unknown"):
                continue  # "er" is a person or a masculine institution ("der Nachrichtendienst"), not "CDU"
            return candidate, mention.text
        return None, mention.text

    def same_office(self, role: str | None, other: str | None) -> bool:
        """Can a person of role `other` be referred to as `role`? Yes when either is unknown,
        when both end in the same role noun ("Präsidentin", "US-Präsident"), or when the role
        list names them as one office ("Staatschef", "Präsident")."""
        if self.lex is None or not role or not other:
            return True
        heads = [role_head(r, self.lex) for r in (role, other)]
        if None in heads or heads[0] == heads[1]:
            return True
        return any(heads[0] in group and heads[1] in group for group in self.lex.same_roles)

    def note(self, mention: Mention, salient: bool) -> None:
        if mention.pronoun:
            return
        self.mentioned.append(mention)
        if salient:
            self.salient.append(mention)


def as_speaker(mention: Mention, resolved: Mention) -> Mention:
    """The resolved speaker, but with the span and text of the pronoun in this sentence."""
    return Mention(
        mention.start, mention.end, mention.text, resolved.canonical, resolved.kind,
        role=resolved.role, affiliation=resolved.affiliation, has_name=resolved.has_name,
    )


def role_head(role: str, lex: Lexicon) -> str | None:
    """The role noun a role ends in, masculine: "stellvertretende Pentagon-Sprecherin" ->
    "sprecher", "Ministerpräsident" -> "präsident"; None for a role the list does not know."""
    word = role.split()[-1].split("-")[-1].casefold()
    head = next((suffix for suffix in lex.role_suffixes if word.endswith(suffix)), None)
    if head is not None and head.endswith("in") and head[:-2] in lex.role_suffixes:
        return head[:-2]
    return head
