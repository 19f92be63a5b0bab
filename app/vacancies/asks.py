"""What each evidence criterion is read as asking, for the CLI, the API and the pages: its kind
and topics, read from its text or as the role spec's ``topics`` correct them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from matching.competencies import Topic
from matching.engine import get_engine
from matching.evidence import EvidenceScorer
from matching.topics import CriterionTopics

NO_TOPIC = "no topic found: read by its own words"


def criterion_asks(text: str, topics: Sequence[str] | None = None) -> CriterionTopics:
    """The criterion compiled with the process's engine (built on first use); ``topics`` (a
    validated spec's) replace the topics read from the text."""
    compiler = EvidenceScorer.of(get_engine().nlp).compiler
    return compiler.compile(text) if topics is None else compiler.with_topics(text, topics)


def asks_in_words(asked: CriterionTopics) -> str:
    """"knowledge of: The Care Act 2014", or that it is read by its own words."""
    return asked.describe() if asked.recognised else NO_TOPIC


@dataclass(frozen=True)
class TopicGroup:
    name: str
    topics: tuple[Topic, ...]


# The vocabulary as a recruiter scans it. A topic not listed here (a new one) is shown under
# "Other topics"; the settings and professions (``context`` topics) come last.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Safeguarding and risk",
        ("safeguarding", "safeguarding_investigations", "making_safeguarding_personal", "risk",
         "health_and_safety"),
    ),
    (
        "Laws, policy and frameworks",
        ("legislation", "care_act", "sswb_act", "mental_capacity", "deprivation_of_liberty",
         "mental_health_act", "continuing_healthcare", "capabilities_framework", "policy",
         "policy_development", "court"),
    ),
    (
        "Assessment and practice",
        ("assessment", "care_planning", "complex_casework", "person_centred", "strengths_based",
         "co_production", "mental_health", "reablement", "equipment", "adaptations", "dfg",
         "moving_handling", "housing", "evidence_based_practice", "decision_making",
         "professional_challenge", "problem_solving"),
    ),
    (
        "Working with others",
        ("partnership_working", "multidisciplinary", "integrated_working", "meetings",
         "communication", "information_sharing", "teamwork", "negotiation_influence", "conflict",
         "managing_expectations", "seeking_views", "approachability", "customer_care",
         "complaints", "impact_on_others"),
    ),
    (
        "Organising the work",
        ("prioritising", "independent_working", "resilience_pressure", "timeliness", "targets",
         "flexibility", "travel", "reports_records", "it_skills", "performance_data",
         "data_protection", "literacy_numeracy", "english_language", "welsh_language"),
    ),
    (
        "Leading, developing and improving",
        ("leadership", "supervising_staff", "developing_others", "capacity_building",
         "professional_development", "feedback", "change", "improvement", "innovation",
         "audit_research", "value_for_money", "finance", "competition_commercial",
         "political_awareness"),
    ),
    (
        "Values and conduct",
        ("values_ethics", "integrity_honesty", "accountability", "professionalism",
         "equality_diversity"),
    ),
    (
        "Services, the organisation and qualifications",
        ("community_services", "local_resources", "organisation_knowledge",
         "sensory_qualifications", "additional_training"),
    ),
)


def topic_groups() -> list[TopicGroup]:
    """Every topic of the vocabulary once, in the groups a recruiter chooses from."""
    topics = EvidenceScorer.of(get_engine().nlp).vocabulary.topics
    placed: set[str] = set()
    groups = []
    for name, ids in GROUPS:
        members = tuple(topics[i] for i in ids if i in topics and not topics[i].context)
        placed.update(t.id for t in members)
        groups.append(TopicGroup(name, members))
    rest = [t for t in topics.values() if t.id not in placed]
    groups.append(TopicGroup("Other topics", tuple(t for t in rest if not t.context)))
    settings = tuple(t for t in rest if t.context)
    groups.append(TopicGroup("Settings, people and professions", settings))
    return [group for group in groups if group.topics]
