"""Coreference for speakers: pronouns, role nouns, definite descriptions and possessives
take the last fitting speaker.

    Bürgermeister Tom Hahn sprach von einer Katastrophe. Er betonte, ...   -> "Er" is Tom Hahn
    Der NATO-Chef sprach von ...  (after "NATO-Generalsekretär Mark Rutte") -> Mark Rutte
    das Ministerium  (after "das Innenministerium")                          -> Innenministerium
"""

from __future__ import annotations

from .mentions import Mention


class Resolver:
    """Pronouns and role nouns to the last fitting speaker; surnames to full names."""

    def __init__(self) -> None:
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
            if masculine and not (candidate.is_person or candidate.determiner in ("der", "ein", None)):
                continue  # "er" is a person or a masculine institution ("der Nachrichtendienst")
            return candidate, mention.text
        return None, mention.text

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
