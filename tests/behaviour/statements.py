"""Realistic 150-400 word statements around the facts under test, and the perturbations that
invariance cases apply to them.

The filler sentences are first-person practice a panel reads every day; none of them states a
checkable fact (no regulator, award, approved role, licence, language, date or length of
service), so the verdict of a checkable criterion rests on the facts a case places among them.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

GENERAL = (
    "I put the person at the centre of every assessment and start by asking what matters to them.",
    "I keep clear, accurate and timely case records, written so that the person could read them.",
    "I manage a varied caseload and prioritise my work by risk, reviewing it with my team leader.",
    "I work closely with district nurses, GPs and housing officers to plan support that lasts.",
    "I enjoy working as part of a team and I value reflective supervision.",
    "I always explain my role and the purpose of a visit before asking any questions.",
    "When families disagree about what should happen, I make sure the person's own voice is heard.",
    "I use interpreters and easy read materials so that people can take part in their assessment.",
    "I am confident using electronic case management systems and I keep my records up to date.",
    "I recognise signs of abuse and neglect and I know how to raise a concern promptly.",
    "I am calm under pressure and I can reorganise my day when an urgent referral arrives.",
    "I take part in team meetings and I share learning from complex cases with colleagues.",
    "I write reports that are concise, evidence based and easy for families to follow.",
    "I make sure carers are offered an assessment of their own needs.",
    "I build trusting relationships with people who have had poor experiences of services.",
    "I respect people's right to make decisions that others might think unwise.",
    "I follow lone working procedures carefully and always let the office know where I am.",
    "I reflect on my practice regularly and ask for feedback from the people I support.",
    "I keep up to date with research and share useful articles with my team.",
    "I challenge discrimination when I see it and I promote equality in everything I do.",
    "I plan my visits so that I can see people in their own homes at a time that suits them.",
    "I explain complicated decisions in plain language and check that people have understood.",
    "I am organised, reliable and I meet the deadlines my manager and the courts set.",
    "I work with voluntary organisations to connect people with support in their community.",
    "Good communication is central to my practice, on the telephone, in writing or face to face.",
    "I look for strengths and resources in people's families and networks, not only their needs.",
    "I have learnt to ask open questions and to listen more than I speak.",
    "I enjoy solving practical problems with people and their families.",
    "I value the contribution of unpaid carers and involve them in planning if the person agrees.",
    "I manage my time well and I keep my manager informed of any risks on my caseload.",
    "I am committed to anti-oppressive practice and I think carefully about power in my work.",
    "I contribute to audits of our case files and act on what they find.",
    "I treat colleagues with respect and I am happy to cover duty when the team is stretched.",
    "I never assume that one approach suits everyone, so I tailor my support to each person.",
    "I use supervision to think through difficult decisions and to look after my own wellbeing.",
)
OT = (
    "I assess people's daily living skills at home and recommend equipment that keeps them safe.",
    "I recently arranged a stairlift and grab rails so that a man could stay in his own home.",
    "I carry out moving and handling assessments and show carers how to use hoists safely.",
    "I work with the reablement team to help people regain their independence after a fall.",
    "I assess for minor adaptations such as rails and half steps and follow them up to fitting.",
    "I enjoy finding creative solutions, such as a perching stool that let a woman cook again.",
    "I liaise with housing providers about level access showers and ramps.",
    "I assess seating and pressure care needs and review them when people's needs change.",
    "I work with children and their families to make bathing and play safer at home.",
    "I use activity analysis to understand exactly where a task breaks down for a person.",
    "I visit people on the hospital ward before discharge to plan what they will need at home.",
    "I review single-handed care packages so that people receive care that fits their needs.",
)
SW = (
    "I complete Care Act assessments and support plans with people and their families.",
    "I lead safeguarding enquiries and agree protection plans with the person and partners.",
    "I carry out mental capacity assessments and record my reasoning clearly.",
    "I chair best interests meetings and make sure every view is recorded.",
    "I support people leaving hospital to return home with the right package of care.",
    "I work with people experiencing mental distress and their families to plan recovery.",
    "I present cases at the funding panel and explain clearly why support is needed.",
    "I have supported young people in transition to adult services, working with their families.",
    "I use a strengths-based approach to help people find solutions in their own communities.",
    "I work with people who self-neglect, building trust slowly and respecting their choices.",
    "I carry out carers' assessments and make sure carers know where to turn in a crisis.",
    "I prepare clear reports for the Court of Protection when a decision cannot be agreed.",
)
POOLS = {"general": GENERAL, "ot": GENERAL + OT, "sw": GENERAL + SW}
NEUTRAL = frozenset(GENERAL + OT + SW)

# Invariance: who the applicant is must change nothing.
NAMES = (
    "Emily Clarke", "Mohammed Hussain", "Siobhan O'Neill", "Adebayo Okafor", "Priya Patel",
    "Gareth Llewellyn", "Agnieszka Nowak", "Tomasz Kowalski", "Mei Ling Chen", "Kwame Mensah",
    "Fatima Begum", "Oliver Hughes", "Ioana Popescu", "Dylan Pritchard", "Aisha Rahman",
    "Jamal Ahmed", "Sophie Williams", "Chiara Rossi", "Rhys Morgan", "Grace Adeyemi",
)
PRONOUNS = ("she/her", "he/him", "they/them", "she/they", "he/they")
AGES = ("24", "29", "33", "38", "41", "47", "52", "58", "61", "66")
NATIONALITIES = (
    "British", "Irish", "Polish", "Nigerian", "Indian", "Romanian", "Ghanaian", "Pakistani",
    "Italian", "Zimbabwean", "Filipino", "Welsh", "Scottish", "Portuguese",
)
PLACES = (
    "Leeds", "Cardiff", "Swansea", "Norwich", "Maidstone", "Birmingham", "Bradford", "Wrexham",
    "Exeter", "Sunderland", "Luton", "Bangor", "Brighton", "Carmarthen", "Leicester",
)
IDENTITY = (
    "My name is {name} and I use {pronouns} pronouns.",
    "I am {name}, a {nationality} applicant living in {place}.",
    "I am {age} years old and I live in {place} with my family.",
    "I moved to {place} from abroad as a child and I am proud of my {nationality} heritage.",
    "As a {age}-year-old {nationality} woman, I bring life experience to my work.",
    "As a {nationality} man in my forties in {place}, I know how services feel from outside.",
    "I live in {place}, which is within easy reach of the team's office.",
    "I am applying as {name} ({pronouns}).",
)


def statement(facts: Sequence[str], rng: random.Random, pool: str = "general") -> str:
    """The facts, in order, at random points among neutral sentences: 150-400 words in
    paragraphs of two to five sentences."""
    return "\n\n".join(" ".join(paragraph) for paragraph in paragraphs(facts, rng, pool))


def paragraphs(facts: Sequence[str], rng: random.Random, pool: str = "general") -> list[list[str]]:
    target = rng.randint(150, 400) - sum(len(fact.split()) for fact in facts)
    filler: list[str] = []
    for sentence in rng.sample(POOLS[pool], len(POOLS[pool])):
        if target <= 0:
            break
        filler.append(sentence)
        target -= len(sentence.split())
    positions = sorted(rng.sample(range(len(filler) + len(facts)), len(facts)))
    sentences = list(filler)
    for position, fact in zip(positions, facts, strict=True):
        sentences.insert(position, fact)
    grouped: list[list[str]] = []
    while sentences:
        size = rng.randint(2, 5)
        grouped.append(sentences[:size])
        sentences = sentences[size:]
    return grouped


# --- perturbations that must change nothing --------------------------------------------------

# Words a typo must not touch: the vocabulary of the facts themselves (a typo there is a
# spelling-tolerance test, not an invariance one).
DOMAIN_WORDS = frozenset(
    re.findall(
        r"\w+",
        """registered registration register licence license driving drive qualified
        qualification qualifying degree diploma therapy therapist therapists occupational social
        worker years experience since welsh fluent speaker level approved assessor educator
        practice professional current currently lapsed lapse suspended applied awaiting training
        complete completed completing studying provisional access vehicle never without removed
        struck mental health interests capacity council england wales final graduate graduated
        hours employment assessed supported year commitment willing undertake present months""",
    )
)
WORD = re.compile(r"\b[a-z]{5,}\b")


def typo(text: str, rng: random.Random, count: int = 3) -> str:
    """Swap two inner letters or drop one in ``count`` ordinary lower-case words."""
    candidates = [m for m in WORD.finditer(text) if m.group() not in DOMAIN_WORDS]
    chosen = sorted(rng.sample(candidates, min(count, len(candidates))), key=lambda m: m.start())
    out, last = [], 0
    for match in chosen:
        word = match.group()
        i = rng.randint(1, len(word) - 3)
        if rng.random() < 0.5:
            wrong = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        else:
            wrong = word[:i] + word[i + 1 :]
        out += [text[last : match.start()], wrong]
        last = match.end()
    out.append(text[last:])
    return "".join(out)


def curly_quotes(text: str) -> str:
    text = re.sub(r"(\w)'", "\\1\u2019", text)
    text = re.sub(r"'(\w)", "\u2018\\1", text)
    text = re.sub(r'"(\w)', "\u201c\\1", text)
    return re.sub(r'"', "\u201d", text)


def non_breaking_spaces(text: str, rng: random.Random) -> str:
    return "".join("\u00a0" if ch == " " and rng.random() < 0.3 else ch for ch in text)


def en_dashes(text: str) -> str:
    return re.sub(r"(\d)-(\d|present)", "\\1\u2013\\2", text).replace(" - ", " \u2013 ")


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def bulleted(groups: Sequence[Sequence[str]], rng: random.Random) -> str:
    """The same sentences, one bullet each (a marker Word or a PDF would leave)."""
    marker = rng.choice(["\u2022 ", "- ", "* ", "\u25aa ", "\uf0b7 "])
    return "\n".join(marker + sentence for group in groups for sentence in group)


@dataclass(frozen=True)
class Rendered:
    """A statement kept as paragraphs of sentences, so perturbations can rearrange it."""

    groups: list[list[str]]

    def text(self) -> str:
        return "\n\n".join(" ".join(group) for group in self.groups)
