"""Coreference for speakers: pronouns, role nouns, definite descriptions and possessives
take the last fitting speaker.

    Bürgermeister Tom Hahn sprach von einer Katastrophe. Er betonte, ...   -> "Er" is Tom Hahn
    Der NATO-Chef sprach von ...  (after "NATO-Generalsekretär Mark Rutte") -> Mark Rutte
    das Ministerium  (after "das Innenministerium")                          -> Innenministerium
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import Lexicon, normalise_name
from .mentions import Mention
from .nouns import head_kind, role_noun, role_word

RECENT_MENTIONS = 6  # how far back "der Konzern" looks for the institution it names
MASCULINE_PRONOUNS = frozenset({"er", "ihm"})  # "Ihm zufolge" as "Er sagte"
SPOKESPERSONS = frozenset({"sprecher", "pressesprecher"})  # role words, masculine: "Sprecherin" too


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
        masculine = mention.text.lower() in MASCULINE_PRONOUNS or mention.text.lower().startswith("sein")
        # the gender the mention cannot refer to: "er" not to "Annalena Baerbock", "die
        # Ministerin" not to "Boris Pistorius", "sie" (she or they) not to a man
        wrong = self.wrong_gender(mention)
        if mention.pronoun == "definite":
            # "das Ministerium" after "das Innenministerium", "des Geheimdienstes" after "der
            # Nationale Geheimdienst (NIS)": the last institution it abbreviates
            head = mention.canonical.casefold()
            for candidate in reversed(self.mentioned):
                if not candidate.is_person and not candidate.pronoun and candidate is not mention and (
                        head in candidate.canonical.casefold() or head in candidate.text.casefold()):
                    return candidate, mention.text
            if self.lex is not None and head in self.lex.generic_institutions:
                # "Siemens will Stellen abbauen. Das teilte der Konzern mit.": the institution of
                # its kind named last by its name (not "die Pressekonferenz"), a few mentions back
                for candidate in self.mentioned[-RECENT_MENTIONS:][::-1]:
                    if candidate.kind == mention.kind and not candidate.pronoun and candidate is not mention \
                            and (candidate.has_name or normalise_name(candidate.canonical) in self.lex.entities
                                 or self.names_an_authority(candidate)) and fits(head, candidate, self.lex):
                        return candidate, mention.text
            return None, None
        if mention.pronoun == "role" and mention.affiliation:
            # "Der NATO-Chef" after "NATO-Generalsekretär Mark Rutte"
            for candidate in reversed(pool):
                if candidate.is_person and candidate.affiliation == mention.affiliation:
                    return candidate, mention.text
        if mention.pronoun == "role" and mention.role:
            # "Der Generalsekretär" after "Macron empfing Generalsekretär Mark Rutte": a person
            # named with this office, subject or not, before one whose office is not known
            # ("der Bundespräsident" is not the "Bundestagspräsident" named before)
            office = role_word(mention.role)
            for candidate in reversed(self.mentioned):
                if candidate.is_person and candidate.has_name and candidate.role \
                        and role_word(candidate.role).endswith(office) and self.gender(candidate) != wrong:
                    return candidate, mention.text
        for candidate in reversed(pool):
            if candidate.pronoun:
                continue
            if wrong and self.gender(candidate) == wrong:
                continue
            if mention.pronoun in ("demonstrative", "role") and not candidate.is_person:
                continue
            if mention.pronoun == "role" and not self.same_office(mention.role, candidate.role):
                continue  # "der Landrat" is not the "Pfarrer Jonas Fuchs" named before
            if mention.pronoun == "role" and mention.affiliation and candidate.affiliation \
                    and mention.affiliation != candidate.affiliation:
                continue  # "der CDU-Politiker" is not the "SPD-Fraktionschef" named before
            if masculine and not (candidate.is_person or candidate.determiner in ("der", "ein")
                                  or candidate.determiner is None and candidate.kind == "unknown"):
                continue  # "er" is a person or a masculine institution ("der Nachrichtendienst"), not "CDU"
            return candidate, mention.text
        if wrong and mention.pronoun in ("personal", "role"):
            # "Pistorius traf seine Amtskollegin Hanna Laur. Die Ministerin sagte": no subject
            # fits, so the last person named whose gender is known to fit, subject or not
            for candidate in reversed(self.mentioned):
                if candidate.is_person and candidate.has_name and self.gender(candidate) not in (None, wrong) \
                        and (mention.pronoun == "personal" or self.same_office(mention.role, candidate.role)):
                    return candidate, mention.text
        return None, mention.text

    def names_an_authority(self, mention: Mention) -> bool:
        """"Das Landratsamt", "das Ordnungsamt Talheim": an authority of its own name, which
        "die Behörde" after it refers to (not another "Behörde")."""
        return mention.kind == "government" and self.lex is not None and bool(mention.canonical) \
            and mention.canonical.casefold() not in self.lex.generic_institutions \
            and head_kind(mention.canonical.split()[0], self.lex) == "government"  # not "Großbritannien"

    def gender(self, mention: Mention) -> str | None:
        """"f" or "m" for a person whose role noun or given name tells, else None."""
        if self.lex is None or not mention.is_person:
            return None
        return role_gender(mention.role, self.lex) or name_gender(mention.canonical, self.lex)

    def wrong_gender(self, mention: Mention) -> str | None:
        """The gender a pronoun or role noun cannot refer to."""
        text = mention.text.lower()
        if mention.pronoun == "personal":
            if text in MASCULINE_PRONOUNS or text.startswith("sein"):
                return "f"
            if text == "sie" or text.startswith("ihr") or text == "ihnen":
                return "m"  # she, or they: not one man
            return None
        if mention.pronoun == "role" and self.lex is not None:
            found = role_gender(mention.role, self.lex) or adjectival_gender(mention)
            return {"f": "m", "m": "f"}.get(found or "")
        return None

    def same_office(self, role: str | None, other: str | None) -> bool:
        """Can a person of role `other` be referred to as `role`? Yes when either is unknown,
        when both end in the same role noun ("Präsidentin", "US-Präsident"), or when the role
        list names them as one office ("Staatschef", "Präsident")."""
        if self.lex is None or not role or not other:
            return True
        if role_word(role) in self.lex.any_office:
            return True  # "die SPD-Politikerin" may be any minister
        heads = [role_head(r, self.lex) for r in (role, other)]
        if None in heads or heads[0] == heads[1]:
            return True
        return any(heads[0] in group and heads[1] in group for group in self.lex.same_roles)

    def spoken_for(self, mention: Mention) -> Mention | None:
        """The institution an unnamed spokesperson speaks for when the phrase does not say:
        "Die Polizei sucht Zeugen. Eine Sprecherin sagte, …" is the police's. The institution
        named last, a few mentions back; None for a named person or one whose phrase says."""
        if not mention.is_person or mention.has_name or mention.affiliation or not mention.role \
                or role_word(mention.role) not in SPOKESPERSONS:
            return None
        return next((m for m in self.mentioned[-RECENT_MENTIONS:][::-1]
                     if m.kind in ("organization", "government", "media") and not m.pronoun), None)

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


def fits(noun: str, institution: Mention, lex: Lexicon) -> bool:
    """Can a generic noun ("unternehmen", case-folded) refer to the institution? A company noun
    only to a company: "Velden Chemie GmbH" or "Siemens", not the "Umweltinitiative „Saubere
    Luft“" (a name whose words show another kind of organisation)."""
    if noun not in lex.companies:
        return True
    words = [w.strip("„“\"»«(),.").casefold() for w in institution.text.split()]
    if any(w.endswith(lex.company_words) for w in words):
        return True
    return not any(w.endswith(lex.organization_suffixes) for w in words)


# cached: a pronoun asks it of every person named before it
@lru_cache(maxsize=1 << 12)
def role_gender(role: str | None, lex: Lexicon) -> str | None:
    """"f" for a role noun in -in ("Sprecherin", "Amtskollegin"), "m" for its masculine form,
    None for one that does not tell ("Vorsitzende") or no known role."""
    if not role:
        return None
    word = role_noun(role)
    head = role_head(role, lex)
    if head is None or word.endswith("innen"):
        return None
    if head in lex.feminine_roles:
        return "f"
    if word.endswith("in") and (word[:-2].endswith(head) or head.endswith("in")):
        return "f"  # "Sprecherin" (head "sprecher"), "Landrätin" (a head of its own)
    return "m" if word.endswith(head) and not head.endswith("e") else None


def adjectival_gender(mention: Mention) -> str | None:
    """The gender the article gives a noun made of an adjective ("der 66-Jährige", "die
    Angeklagte"), which has no ending of its own that tells: "der" and "den" a man, "die" a
    woman (or several people, who are no one man either)."""
    if not mention.role or not mention.role.endswith(("e", "en")):
        return None
    return {"der": "m", "den": "m", "die": "f"}.get(mention.determiner or "")


@lru_cache(maxsize=1 << 12)
def name_gender(name: str, lex: Lexicon) -> str | None:
    """"f" or "m" by the given name that opens a person's name ("Annalena Baerbock" -> "f");
    None for a name used for both ("Andrea", "Kim") or not known."""
    first = name.split()[0]
    for given in (first, first.split("-")[0]):
        if given in lex.feminine_names:
            return "f"
        if given in lex.first_names and given not in lex.unisex_names:
            return "m"
    return None


@lru_cache(maxsize=1 << 12)
def role_head(role: str, lex: Lexicon) -> str | None:
    """The role noun a role ends in, masculine: "stellvertretende Pentagon-Sprecherin" ->
    "sprecher", "Ministerpräsident" -> "präsident"; None for a role the list does not know."""
    word = role_noun(role)
    head = next((suffix for suffix in lex.role_suffixes if word.endswith(suffix)), None)
    if head is not None and head.endswith("in") and head[:-2] in lex.role_suffixes:
        return head[:-2]
    return head
