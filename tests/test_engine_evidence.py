"""Evidence criteria read like a panel member: the vocabulary, compiled criteria and bands.

The labelled cases below were written from panel practice before the engine was run on them
(band 0 no evidence; 1 named or claimed without an example; 2 clear first-person evidence; 3 a
concrete example). A case the engine does not yet get right is marked ``xfail(strict=True)``
with what it gets instead, so the label stays as written and a fix shows up as an XPASS.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest

from criteria.roles import library_roles
from criteria.spec import Criterion, RoleSpec
from matching.competencies import COMMON_WORDS, word_key
from matching.engine import Engine
from matching.evidence import EvidenceScorer
from matching.result import Recommendation, Verdict
from matching.topics import Kind

REFERENCE = dt.date(2026, 11, 22)


@cache
def _engine() -> Engine:
    return Engine()


def _scorer() -> EvidenceScorer:
    return EvidenceScorer.of(_engine().nlp)


def _role(*criteria: dict) -> RoleSpec:
    return RoleSpec.model_validate(
        {
            "id": "evidence-test",
            "title": "Evidence test",
            "scale": {"min": 0, "max": 3},
            "criteria": [
                {"category": "experience", "assessed_by": ["application"], **c} for c in criteria
            ],
        }
    )


def _band(criterion_text: str, statement: str) -> tuple[int, list[str]]:
    spec = _role({"id": "c", "text": criterion_text, "priority": "essential"})
    (result,) = _engine().score(spec, statement, reference_date=REFERENCE).criteria
    return int(result.score), [e.text for e in result.evidence]


def test_every_evidence_criterion_of_the_library_maps_to_a_topic() -> None:
    compiler = _scorer().compiler
    unmapped = [
        f"{role.id}: {c.text}"
        for role in library_roles()
        for c in role.criteria
        if c.rule is None and not compiler.compile(c.text).evidence_topics
    ]
    assert not unmapped, "criteria with no topic:\n" + "\n".join(unmapped)


def test_no_single_word_evidence_phrase_is_a_common_word() -> None:
    common = {word_key(w) for w in COMMON_WORDS}
    vocabulary = _scorer().vocabulary
    loose = [
        f"{topic}: {phrase.text}"
        for phrases in vocabulary.phrases.values()
        for phrase, topic in phrases
        if phrase.evidence and phrase.exact is None and len(phrase.keys) == 1
        and phrase.keys[0] in common
    ]
    assert not loose


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("diagnoses", "diagnose"),
        ("assumed", "assumption"),
        ("prioritisation", "prioritise"),
        ("prioritizing", "prioritising"),
        ("supervision", "supervise"),
        ("negotiation", "negotiating"),
        ("decision", "decide"),
        ("honestly", "honest"),
    ],
)
def test_word_forms_of_one_family_meet(one: str, other: str) -> None:
    lemmatise = _scorer().compiler.lemmatise
    assert word_key(lemmatise(one)[0]) == word_key(lemmatise(other)[0])


@pytest.mark.parametrize(("one", "other"), [("policy", "police"), ("care", "career")])
def test_different_words_stay_apart(one: str, other: str) -> None:
    assert word_key(one) != word_key(other)


@pytest.mark.parametrize(
    ("text", "kind", "topic"),
    [
        ("Knowledge of the Care Act 2014 and its application", Kind.knowledge, "care_act"),
        ("Experience of working with health and other agencies", Kind.experience,
         "partnership_working"),
        ("Ability to give and receive constructive feedback", Kind.ability, "feedback"),
        ("Commitment to inter-agency working", Kind.commitment, "partnership_working"),
        ("Resilient", Kind.values, "resilience_pressure"),
        ("To demonstrate an ability to work within agreed targets including safeguarding "
         "timeframes.", Kind.ability, "targets"),
    ],
)
def test_a_criterion_compiles_to_its_kind_and_topic(text: str, kind: Kind, topic: str) -> None:
    asked = _scorer().compiler.compile(text)
    assert asked.kind is kind
    assert topic in asked.evidence_topics


def test_safeguarding_timeframes_is_about_timescales_not_any_safeguarding() -> None:
    asked = _scorer().compiler.compile(
        "To demonstrate an ability to work within agreed targets including safeguarding timeframes."
    )
    assert "safeguarding" not in asked.evidence_topics


@pytest.mark.parametrize(
    ("text", "asked_for", "aim"),
    [
        ("Ability to make decisions and solve problems to meet operational targets",
         "decision_making", "targets"),
        ("Experience of negotiating with partner agencies to achieve objectives.",
         "negotiation_influence", "targets"),
    ],
)
def test_what_an_ask_is_for_is_not_what_it_asks(text: str, asked_for: str, aim: str) -> None:
    """Meeting targets is not evidence of making decisions to meet them."""
    asked = _scorer().compiler.compile(text)
    assert asked_for in asked.evidence_topics
    assert aim in asked.topics and aim not in asked.evidence_topics


def test_an_ask_for_the_aim_itself_keeps_it() -> None:
    asked = _scorer().compiler.compile(
        "Ability to meet agreed objectives and delivery targets by the effective use of resources."
    )
    assert "targets" in asked.evidence_topics


def test_a_setting_alone_is_not_what_the_criterion_asks() -> None:
    asked = _scorer().compiler.compile(
        "Experience of independently managing an occupational therapy workload and prioritising "
        "demands and tasks to meet objectives efficiently."
    )
    assert "occupational_therapy" not in asked.evidence_topics
    assert "prioritising" in asked.evidence_topics


# (criterion, statement, acceptable bands): written before the engine was run on them.
CASES: list[tuple[str, str, str, set[int]]] = [
    ("feedback-asking-supervisor", "Accepts and responds to constructive feedback",
     "I ask my supervisor what I could do better and act on it; after she said my case notes "
     "were too long I rewrote my template and my next audit was praised.", {2, 3}),
    ("feedback-bare-claim", "Accepts and responds to constructive feedback",
     "I am always open to feedback.", {1}),
    ("gdpr-data-protection", "Awareness of data protection and confidentiality issues.",
     "I follow UK GDPR: I lock my screen, use secure email for referrals and only share "
     "information with consent or where the law allows.", {2, 3}),
    ("journal-club-ebp", "To demonstrate and champion evidence-based practice.",
     "I run a monthly journal club for the OT team and brought in the COPM as our outcome "
     "measure.", {2, 3}),
    ("rank-by-risk", "Able to plan and prioritise workloads",
     "Each morning I rank new referrals by risk and see the most urgent first.", {2, 3}),
    ("heading-is-not-evidence", "Proven skills in safeguarding", "SAFEGUARDING", {0}),
    ("list-of-names", "Knowledge of the legislation and policies in relation to adult community "
     "care services.", "Key knowledge: Care Act 2014, MCA 2005, DoLS, Equality Act", {1}),
    ("colleague-chaired", "Experience of facilitating complex multi-agency meetings together "
     "with sound decision making skills.",
     "My manager chaired the multi-agency meeting and made the decisions.", {0}),
    ("course-attended", "Knowledge of the Care Act 2014 and its application",
     "I attended a Care Act training course last year.", {1}),
    ("cpd-course-is-cpd", "Evidence of consistent pattern of learning and development",
     "Since qualifying I have completed the BIA course, a PG Cert in practice education and "
     "monthly study days, and I keep a reflective CPD log.", {2, 3}),
    ("common-word-manage", "Experience of managing people through change",
     "I manage my diary carefully and look after my own wellbeing.", {0}),
    ("common-word-capacity", "Detailed understanding of the Mental Capacity Act and undertaking "
     "Mental Capacity Assessments.", "Our team is working at full capacity this winter.", {0}),
    ("capacity-paraphrase", "Detailed understanding of the Mental Capacity Act and undertaking "
     "Mental Capacity Assessments.",
     "When a man with dementia refused a care home, I assessed whether he could understand and "
     "weigh up the risks, found he lacked capacity for that decision and held a best interests "
     "meeting, and he moved home with a package of care.", {3}),
    ("diagnoses-form", "Experience in working with adults with a diagnosed mental disorder.",
     "I have supported adults who have diagnoses of schizophrenia and bipolar disorder to "
     "return to work.", {2, 3}),
    ("assumptions-form", "Is prepared to constructively challenge assumptions in decision "
     "making, seeking other people's views and opinions",
     "When the ward assumed a woman could not return home, I questioned the assumption, asked "
     "her and her daughter for their views and arranged a home visit; she went home.", {3}),
    ("msp-not-any-safeguarding", "Knowledge and applications of the making safeguarding "
     "personal principles.", "I raised a safeguarding alert about a neighbour's bruising.", {0}),
    ("msp-paraphrase", "Knowledge and applications of the making safeguarding personal "
     "principles.",
     "In every section 42 enquiry I ask the person what outcome they want and plan the "
     "enquiry around it.", {2, 3}),
    ("receiving-supervision", "Experience of supervision and professional development of staff",
     "I receive monthly reflective supervision from my manager.", {0}),
    ("giving-supervision", "Experience of supervision and professional development of staff",
     "I supervise two community care officers and completed their annual appraisals.", {2, 3}),
    ("denial-is-settled", "Experience in assisting people to obtain disabled facilities grants",
     "I have never worked on a DFG.", {0}),
    ("intent-only", "Experience of undertaking adult safeguarding investigations",
     "I would welcome the chance to lead section 42 enquiries.", {0, 1}),
    ("cv-bullet", "Experience of undertaking adult safeguarding investigations",
     "- Led 12 s42 enquiries in 2025 as enquiry officer", {2, 3}),
    ("we-team-working", "Experience of multi-disciplinary working especially with health "
     "agencies, independent sector and other agencies",
     "In our daily MDT huddle I agree discharge plans with nurses, physios and the GP.", {2, 3}),
    ("register-paraphrase-welsh", "Understanding of the importance of Welsh Language and Culture",
     "I make the Active Offer to every family and arrange assessments in Welsh when asked.",
     {2, 3}),
    ("it-paraphrase", "Good IT competency",
     "I use Liquidlogic, Excel and Teams every day and built our team's referral tracker.",
     {2, 3}),
    ("unrelated-is-nothing", "Experience in monitoring financial spend",
     "I enjoy walking and I volunteer at a food bank at weekends.", {0}),
    # A panel's reading of claims, denials and limits (issue 12), written before the engine ran.
    ("no-experience-of", "Experience in monitoring financial spend",
     "I have no experience of monitoring financial spend.", {0}),
    ("shared-denial", "Experience in monitoring financial spend",
     "I haven't done audit or research or monitored spending.", {0}),
    ("criterion-as-a-line", "Experience of managing people through change",
     "Managing people through change\n\nI enjoy walking at weekends.", {0}),
    ("criterion-claimed", "Ability to problem solve in complex and unpredictable situations",
     "I can problem solve in complex and unpredictable situations.", {1}),
    ("rates-itself", "Able to write clear, complex and accurate documentation",
     "I write clear, complex and accurate documentation.", {1}),
    ("routine-with-particulars", "Experience of supervision and professional development of "
     "staff", "I provide monthly supervision to three OTs and one OTA.", {2, 3}),
    ("team-we", "Experience of working in partnership with other agencies",
     "We work closely with the district nurses, the GP surgeries and housing.", {1}),
    ("limit-stated", "Knowledge of health, social care and housing legislation",
     "I have limited knowledge of housing legislation.", {1}),
    ("denial-beside-evidence", "Experience of supervision and professional development of staff",
     "I have not formally supervised staff yet, but I have mentored two new OTs in our team.",
     {1}),
    ("about-the-application", "A high level of personal drive and commitment to excellent "
     "customer care", "Thank you for considering my application.", {0}),
    ("label-then-sentence", "Commitment to the provision of high quality, cost-effective "
     "services", "Quality and cost – As the budget holder for the adaptations programme I "
     "re-tendered the contractor framework in 2024 and cut the average cost of a stairlift.",
     {2, 3}),
    ("travel-said-is-shown", "Ability to travel across the County Borough",
     "I hold a full driving licence and have my own car.", {2, 3}),
    ("first-language", "Fully fluent in spoken and written English",
     "English is my first language.", {2, 3}),
    ("still-learning", "Knowledge and applications of the making safeguarding personal "
     "principles.", "I am still learning about the legal framework and MSP", {1}),
    ("wanting-to-refresh", "Proven skills in safeguarding",
     "I would need to refresh my knowledge of the Care Act and safeguarding procedures.", {0, 1}),
    ("home-improvement-agency", "Able to review the effectiveness of services",
     "I work with the Home Improvement Agency on adaptations.", {0}),
    ("situation-then-action", "Experience of operating as part of a team and assisting others "
     "in their work.", "When a colleague was new I took her on my visits for two weeks to show "
     "her the ropes.", {2, 3}),
    ("not-afraid-is-willing", "Able to demonstrate professional challenge and independent "
     "critical judgement", "I am not afraid to challenge.", {1}),
    ("no-overdue-is-no-denial", "Experience of independently managing workload and "
     "prioritising demands", "I prioritise my caseload by risk every Monday and this year I have "
     "had no overdue reviews.", {2, 3}),
    ("label-and-a-list", "Demonstrable experience of using information technology in a range "
     "of applications", "Good IT skills – Microsoft Office, Liquid Logic, Teams.", {1}),
    ("my-manager-is-not-me", "Experience of facilitating complex multi-agency meetings",
     "My manager chairs our multi-agency meetings.", {0}),
    ("assumption-sets-the-scene", "Is prepared to constructively challenge assumptions in "
     "decision making", "When the ward assumed a man could not go home because he lived alone, "
     "I asked what he and his family thought and arranged a trial home visit.", {2, 3}),
    ("my-patients", "Experience of working with vulnerable people",
     "Nearly all my patients are older and frail and many have delirium or dementia.", {1, 2}),
    ("depth-asked-one-sentence", "Significant experience of working in partnership with other "
     "agencies", "In 2024 I worked with the housing association on one adaptation.", {1}),
    ("denies-the-criterion-itself", "Experience of working in a reablement service",
     "I have not worked in a reablement service but I am drawn to it. In 2021 I led the "
     "redesign of our community rehab pathway.", {0}),
    ("used-to-is-a-claim", "Experience of multi-disciplinary working",
     "I am used to working in a multi-disciplinary team.", {1}),
    ("what-the-applicant-knows", "Knowledge of the Care Act 2014",
     "I know that local authorities have a duty under the Care Act to assess anyone who appears "
     "to need care and support.", {1, 2}),
    ("understanding-a-condition", "Knowledge of mental health and related conditions",
     "I understand how depression can affect a person's motivation, sleep and appetite, and "
     "how anxiety can make it harder to leave the house.", {1, 2}),
    ("not-knowing", "Knowledge of the Care Act 2014",
     "I do not know how the Care Act eligibility criteria work.", {0}),
    ("our-ward-is-the-team", "Ability to meet agreed objectives and delivery targets",
     "Our ward has a target for discharges before midday and the team usually meets it.", {1}),
    ("our-manager-is-not-me", "Experience of facilitating complex multi-agency meetings",
     "Our manager chairs the multi-agency meetings.", {0}),
    ("knowledge-beside-other-things", "Knowledge of community care services",
     "I have a good knowledge of community care services, as our residents have dementia, "
     "strokes, diabetes and complex health needs.", {1}),
    ("legislation-beside-conditions", "Knowledge of the legislation and policies in relation "
     "to adult social care", "I have a good knowledge of legislation and policy, and in the "
     "nursing home our residents have dementia, diabetes, strokes and Parkinson's.", {1}),
    ("what-the-applicant-reviews", "Ability to review the effectiveness of services",
     "Each month I review how well our service works against the reablement outcome figures.",
     {2, 3}),
    ("a-colleague-reviews", "Ability to review the effectiveness of services",
     "My manager reviews how well our service works each month.", {0}),
    ("a-system-named-is-no-detail", "Ability to use and understand electronic social care "
     "records", "I use Liquidlogic.", {1}),
    ("how-often-is-detail", "Experience in monitoring financial spend",
     "I monitor our equipment spend against budget each month.", {2, 3}),
    ("knowledge-naming-its-services", "Knowledge of community care services",
     "I have a good knowledge of community care services such as home care, day centres, "
     "respite, supported living and extra care housing.", {1, 2}),
    # A claim is backed only by what its own clause tells (written before the engine ran).
    ("claim-beside-another-clause", "To demonstrate a high level of interpersonal and "
     "communication skills.", "I have excellent communication skills, and in my last job I "
     "produced detailed reports for the courts which were checked by other experts.", {1}),
    ("claim-backed-in-its-clause", "Accepts and responds to constructive feedback",
     "I welcome feedback and changed my report style after my supervisor's comments.", {2, 3}),
    ("routine-beside-another-clause", "Able to plan and prioritise workloads",
     "I plan my workload and I have always met my targets.", {1}),
    ("detailed-knowledge-naming-its-services", "Detailed knowledge of community care services "
     "within health or social care settings.", "I know the local community care offer well - "
     "domiciliary care, day opportunities, shared lives, extra care housing and respite.", {2}),
    ("colleague-in-a-when-clause", "Experience of operating as part of a team and assisting "
     "others in their work.", "When a colleague went off sick suddenly I took on three of her "
     "most urgent cases.", {2, 3}),
    ("colleague-does-it-in-the-main-clause", "Experience of facilitating complex multi-agency "
     "meetings", "When my manager is away, a colleague chairs the multi-agency meetings.", {0}),
    ("claim-before-a-colon-list", "Demonstrable experience of using information technology in "
     "a range of applications", "My IT skills are strong: Mosaic, the telephony system, "
     "Outlook, Excel and the NHS portal.", {2}),
    ("routine-beside-what-it-did", "Able to plan and prioritise workloads",
     "I plan my week on Mondays, then I booked the urgent visits first and rang the rest.",
     {2, 3}),
    # Paraphrases written and labelled on 1 December 2026 (stop 20) before the engine ran.
    ("paraphrase-feedback-acted-on", "Ability to give and receive constructive feedback",
     "When my senior pointed out that my assessments were too long, I cut them to the key "
     "risks and outcomes and my team leader now uses one as a model.", {2, 3}),
    ("paraphrase-partnership-housing", "Experience of working in partnership with other "
     "agencies", "I set up a monthly meeting with the housing association and the district "
     "nurses so that adaptations and pressure care were planned together.", {2, 3}),
    ("paraphrase-safeguarding-concern", "Proven skills in safeguarding",
     "I noticed unexplained bruises on a woman with dementia, spoke to her alone, raised a "
     "concern the same day and took part in the strategy meeting.", {2, 3}),
    ("paraphrase-mca-assessment", "Knowledge of the Mental Capacity Act 2005",
     "I regularly assess whether people can make specific decisions, such as where to live, "
     "and record how I supported them to decide.", {2, 3}),
    ("paraphrase-prioritising-risk", "Able to plan and prioritise workloads",
     "Every morning I go through new referrals and put the people most at risk of falling "
     "first.", {2, 3}),
    ("paraphrase-it-systems", "Good IT competency",
     "I record all my visits on Mosaic, run my caseload reports in Excel and hold reviews on "
     "Teams.", {2, 3}),
    ("paraphrase-equality-adjustments", "Commitment to equality and diversity",
     "I book interpreters for families who do not speak English and offer appointments around "
     "prayer times when people ask.", {2, 3}),
    ("paraphrase-supervision-given", "Experience of supervision and professional development "
     "of staff", "I line manage three community care officers, with monthly one-to-ones and "
     "their yearly appraisals.", {2, 3}),
    ("bare-claim-communicator", "To demonstrate a high level of interpersonal and communication "
     "skills.", "I am an excellent communicator.", {1}),
    ("bare-claim-team-player", "Experience of operating as part of a team and assisting others "
     "in their work.", "I am a real team player.", {1}),
    ("nothing-about-budgets", "Experience in monitoring financial spend",
     "I enjoy working with older people and their families.", {0}),
    ("colleague-did-the-audit", "Experience of undertaking audits",
     "Our team manager completed the annual case file audit.", {0}),
    ("intent-to-chair", "Experience of chairing multi-agency meetings",
     "I would like to chair more meetings in my next role.", {0, 1}),
    ("course-on-msp", "Knowledge and applications of the making safeguarding personal "
     "principles.", "I attended a half-day course on Making Safeguarding Personal.", {1}),
    # A second batch, the same day, also labelled before the engine ran.
    ("paraphrase-change-new-system", "Ability to operate in a climate of change and to embrace "
     "new ways of thinking and working", "When our council moved to a new case recording "
     "system, I volunteered as a super-user and trained six colleagues on it.", {2, 3}),
    ("paraphrase-strengths-based", "Experience of strengths-based practice",
     "I start every assessment by asking what the person can already do and who in their life "
     "helps them.", {2, 3}),
    ("paraphrase-carers", "Experience of working with carers",
     "I completed a carer's assessment for a daughter looking after her father and arranged "
     "respite so she could keep working.", {2, 3}),
    ("paraphrase-challenge", "Able to demonstrate professional challenge and independent "
     "critical judgement", "I disagreed with a consultant who wanted to discharge a man to a "
     "care home and set out the evidence that he could manage at home with support.", {2, 3}),
    ("paraphrase-report-writing", "Able to write clear, complex and accurate documentation",
     "I write court reports for Court of Protection applications and my manager rarely needs "
     "to change them.", {2, 3}),
    ("paraphrase-resilience", "Resilient",
     "During the pandemic I kept visiting my highest-risk clients while half the team was off, "
     "and used supervision to manage the pressure.", {2, 3}),
    ("paraphrase-mental-health", "Experience in working with adults with a diagnosed mental "
     "disorder.", "For three years I supported people with schizophrenia and personality "
     "disorders in a community mental health team.", {2, 3}),
    ("paraphrase-dfg", "Experience in assisting people to obtain disabled facilities grants",
     "I recommended a level-access shower for a man with MS and worked with the grants officer "
     "until the grant was approved.", {2, 3}),
    ("claim-knowledge-care-act", "Knowledge of the Care Act 2014 and its application",
     "I have a good understanding of the Care Act.", {1}),
    ("hope-to-develop", "Experience of supervision and professional development of staff",
     "I hope to start supervising staff in the next year.", {0, 1}),
    ("manager-gives-supervision", "Experience of supervision and professional development of "
     "staff", "My manager gives me supervision every month.", {0}),
    ("watched-a-colleague", "Experience of undertaking adult safeguarding investigations",
     "I shadowed a colleague on a section 42 enquiry.", {0, 1}),
    # stop 21: the people worked with, and a proposal as the solution
    ("worked-with-a-young-man", "Experience of working with members of the public who require "
     "support with complex issues.", "I worked with a young man who had left care at eighteen, "
     "had debts and no tenancy, and helped him claim benefits and move into a flat.", {2, 3}),
    ("woman-in-her-80s-living-alone", "Experience of working with vulnerable people",
     "I assessed a woman in her 80s who lived alone and had fallen four times in a month, and "
     "arranged a pendant alarm and a bed lever.", {2, 3}),
    ("proposed-to-the-manager", "Ability to identify whole system problems and propose solutions",
     "I also proposed to our service manager that we stop issuing equipment on discharge without "
     "a follow-up check; it is now being piloted.", {2, 3}),
    ("noticing-is-not-a-proposal", "Ability to identify whole system problems and propose "
     "solutions", "I noticed that it was raining when I arrived at the visit.", {0}),
    ("what-we-could-not-do-is-no-denial", "Experience of negotiating with partner agencies to "
     "achieve objectives.", "I explained we could not move her safely without it, and agreed "
     "with the ward sister that she would go home on Monday once the equipment had come.",
     {1, 2, 3}),
    ("flagged-to-the-manager", "Actively supports and contributes to the flow of communication "
     "through the organisation", "When I saw that the equipment store was closing early I "
     "flagged it to my manager, who raised it at the joint board.", {2, 3}),
    # looking on at someone else's act, and a person the parser hangs on the clause before
    ("admired-someone-elses-challenge", "Is prepared to constructively challenge assumptions "
     "in decision making", "I admired how my team leader questioned the doctor's assumption "
     "that the man needed a care home.", {0}),
    ("admired-someone-elses-feedback", "Accepts and responds to constructive feedback",
     "I admired the way my practice educator gave feedback to the students after every visit.",
     {0}),
    ("supervisor-came-up-with-it", "Ability to make decisions and solve problems",
     "When the care package fell through my supervisor came up with a plan to use a personal "
     "assistant.", {0}),
    # the criterion's wording says which way the feedback goes
    ("offers-feedback-asked-to-accept-it", "Accepts and responds to constructive feedback",
     "Every Friday I offer feedback to the support workers on their care notes.", {0}),
    ("gives-and-acts-on-feedback", "Accepts and responds to constructive feedback",
     "I give feedback to my students, and last year I asked my supervisor for feedback on my "
     "court reports and rewrote them with her.", {2, 3}),
    # everyday wording for criteria a panel rarely sees answered in their own words
    ("paraphrase-welsh-speaking-colleague", "Knowledge of the Welsh language and culture",
     "I book a Welsh-speaking colleague for every family who asks for visits in Welsh.", {2, 3}),
    ("paraphrase-calls-waiting", "Ability to work under pressure",
     "On a bad morning I have had thirty calls waiting on the duty line and I worked through "
     "them by risk, ringing the two most urgent back first.", {2, 3}),
    ("paraphrase-first-contact-standard", "Ability to meet agreed targets",
     "- Met the ten working day first contact standard for every referral in 2025", {2, 3}),
    ("paraphrase-team-plan", "Sets direction for the team and motivates staff",
     "As acting manager I wrote the team plan for 2025 and went through it with everyone at our "
     "monthly meeting.", {2, 3}),
    ("gives-feedback-asked-to-give-it", "Able to give constructive feedback to staff",
     "I give constructive feedback to the students I supervise at the end of every placement "
     "week.", {2, 3}),
]
# Measured misses (label kept as written; see the module docstring).
KNOWN_MISSES: dict[str, str] = {
    "what-the-applicant-reviews": "band 1: 'well' in the clause the applicant reports ('how well "
    "our service works') reads as the applicant rating their own work, so the review is routine; "
    "not counting ratings inside reported clauses cost two other labels on the corpus",
    "paraphrase-equality-adjustments": "band 1: two things the applicant routinely does, with "
    "no number, name or frequency, read as what they usually do without detail (three such "
    "actions count; a name such as 'English' does not)",
    "paraphrase-resilience": "band 0: the parser joins 'and used supervision to manage the "
    "pressure' to 'while half the team was off', so the pressure managed reads as the team's",
    "paraphrase-strengths-based": "band 1: asking what the person can already do is the "
    "applicant's act now, but 'every assessment' does not count as how often, so the routine has "
    "no particulars (counting it cost a held-out label and gained none on the tuned corpus)",
    "capacity-paraphrase": "band 0: the parser hangs 'held a best interests meeting' on 'he "
    "lacked', so the capacity finding and the meeting read as the man's, not the applicant's",
}


@pytest.mark.parametrize(
    ("case", "criterion", "statement", "bands"),
    [
        pytest.param(*case, id=case[0], marks=pytest.mark.xfail(strict=True,
                                                                 reason=KNOWN_MISSES[case[0]]))
        if case[0] in KNOWN_MISSES
        else pytest.param(*case, id=case[0])
        for case in CASES
    ],
)
def test_labelled_evidence_case(case: str, criterion: str, statement: str, bands: set[int]):
    band, _ = _band(criterion, statement)
    assert band in bands


def test_an_essential_evidence_criterion_not_found_is_review_not_reject() -> None:
    spec = _role({"id": "c", "text": "Experience in monitoring financial spend",
                  "priority": "essential"})
    result = _engine().score(spec, "I enjoy working with people.", reference_date=REFERENCE)
    (criterion,) = result.criteria
    assert criterion.verdict is Verdict.not_met and criterion.needs_review
    assert "person should check" in criterion.explanation
    assert result.recommendation is Recommendation.review


def test_the_applicants_own_denial_of_an_essential_is_a_reject() -> None:
    spec = _role({"id": "c", "text": "Experience in assisting people to obtain disabled "
                  "facilities grants", "priority": "essential"})
    result = _engine().score(
        spec, "I have no experience of the DFG process.", reference_date=REFERENCE
    )
    assert result.recommendation is Recommendation.reject


def test_one_safeguarding_sentence_does_not_meet_unrelated_safeguarding_criteria() -> None:
    statement = "I raised a safeguarding concern when I found a client with unexplained bruising."
    criteria = [
        {"id": "msp", "text": "Knowledge and applications of the making safeguarding personal "
         "principles.", "priority": "essential"},
        {"id": "timeframes", "text": "To demonstrate an ability to work within agreed targets "
         "including safeguarding timeframes.", "priority": "essential"},
        {"id": "investigations", "text": "Experience of undertaking adult safeguarding "
         "investigations", "priority": "essential"},
    ]
    result = _engine().score(_role(*criteria), statement, reference_date=REFERENCE)
    assert all(c.verdict is not Verdict.met for c in result.criteria)


def test_topics_are_compiled_once_per_criterion_text() -> None:
    compiler = _scorer().compiler
    text = "Knowledge of the Care Act 2014 and its application"
    assert compiler.compile(text) is compiler.compile(text)


def test_criterion_model_is_unchanged_by_compiling() -> None:
    criterion = Criterion.model_validate(
        {"id": "c", "text": "Resilient", "priority": "essential", "category": "experience",
         "assessed_by": ["application"]}
    )
    _scorer().compiler.compile(criterion.text)
    assert criterion.rule is None


def test_the_evidence_quoted_is_what_is_written_under_the_criterions_heading() -> None:
    """Of several sentences as good as each other, a panel quotes the answer written under the
    heading that names the criterion, not the first passing mention in the summary."""
    statement = (
        "About me\n"
        "I have worked with housing officers on shared cases. I have worked with the police on "
        "domestic abuse cases. I have worked with the voluntary sector on benefits. I have "
        "worked with district nurses on shared patients.\n\n"
        "Partnership working\n"
        "I have worked with the housing association and community nursing on tenancy risks.\n"
    )
    _, evidence = _band("Experience of working in partnership with other agencies", statement)
    assert any(text.startswith("I have worked with the housing association") for text in evidence)


@pytest.mark.parametrize(
    ("criterion", "statement", "most"),
    [
        # "three teams" are teams of people, not Microsoft Teams
        (
            "Ability to use electronic social care records and IT systems",
            "I designed and delivered the trust's training for therapy staff across three teams.",
            0,
        ),
        # the public sector is an employer, not the public met; flexibility exercises are not
        # flexible working
        (
            "Experience of working with members of the public",
            "I spent eight years in the public sector, most of them in the council's audit team.",
            0,
        ),
        (
            "Flexibility to work outside normal office hours",
            "I lead a falls prevention class with flexibility and strength exercises every week.",
            0,
        ),
        # a course named by its topic, attended: training, not experience
        (
            "Experience of Making Safeguarding Personal",
            "I attended a half-day Making Safeguarding Personal session run by the Safeguarding "
            "Adults Board last year.",
            1,
        ),
        (
            "Knowledge of equality and diversity",
            "I completed the compulsory equality and diversity e-learning module last spring.",
            1,
        ),
        # a CV line that is only a course's name, and one with no "I"
        (
            "Knowledge of safeguarding adults",
            "Completed safeguarding adults level 2 e-learning (2025).",
            1,
        ),
        (
            "Knowledge of the Mental Capacity Act 2005",
            "Attended a Mental Capacity Act workshop run by the safeguarding board.",
            1,
        ),
        # "e-learning" with no noun after it is still the course (the tokenizer keeps it whole)
        (
            "Understanding of the Mental Capacity Act 2005",
            "Last year I finished the council's Mental Capacity Act e-learning.",
            1,
        ),
        # outcome measures are a tool, not an outcome of what the applicant did: no example
        (
            "Ability to communicate effectively with a wide range of people",
            "I use outcome measures (COPM, Barthel) and I present at our journal club.",
            2,
        ),
        # financial abuse is a safeguarding matter, not the job's financial procedures
        (
            "Knowledge of financial procedures and budget monitoring",
            "Last year I led the enquiry into a carer who was financially exploiting her father "
            "and I raised three alerts about financial abuse by relatives.",
            0,
        ),
        # supervising a family's contact is not supervising staff
        (
            "Experience of staff supervision",
            "For two years I supervised contact sessions between looked-after children and their "
            "birth parents at the family centre.",
            0,
        ),
        # an attendance record and a file of one's own certificates are not case records
        (
            "Experience of keeping accurate case records",
            "My sickness record is spotless and I keep a record of every certificate I have "
            "earned since qualifying.",
            0,
        ),
        # goals agreed with the people the applicant works with are not performance targets
        (
            "Sets challenging performance targets for the team",
            "I set small targets with every person I visit, like making a hot drink without "
            "help by the end of the month.",
            0,
        ),
        # weather is not a risk the applicant manages
        (
            "Experience of managing risk",
            "On the walking group's outing I checked the forecast for any risk of showers and "
            "packed waterproofs.",
            0,
        ),
        # an insurance policy is not social care policy
        (
            "Knowledge of national and local policy",
            "At the bank I handled home insurance policy renewals and quoted each policy number "
            "back to the customer.",
            0,
        ),
        # a court's supervision order is not supervising staff
        (
            "Experience of staff supervision",
            "As a probation service officer I visited men on supervision orders at home every "
            "week.",
            0,
        ),
        # a cheap flight is not value for money in services
        (
            "Value for money thinking",
            "I flew out with budget airlines most summers to visit my grandparents.",
            0,
        ),
    ],
)
def test_a_word_in_another_sense_is_not_evidence(criterion: str, statement: str, most: int):
    band, _ = _band(criterion, statement)
    assert band <= most


@pytest.mark.parametrize(
    ("criterion", "statement", "least"),
    [
        # the senses left out above leave the topic's own wording counted
        (
            "Knowledge of financial procedures and budget monitoring",
            "I monitor the team's equipment budget monthly and authorise purchase orders up to "
            "£500.",
            2,
        ),
        (
            "Experience of staff supervision",
            "I supervise two occupational therapy assistants every four weeks.",
            2,
        ),
        (
            "Sets challenging performance targets for the team",
            "I set the team a target of clearing the review backlog by March, and we did.",
            2,
        ),
        (
            "Experience of managing risk",
            "I wrote a risk plan with Mr K so he could keep using his mobility scooter safely.",
            2,
        ),
        (
            "Knowledge of national and local policy",
            "I explained the council's charging policy to three families last month and applied "
            "it in each financial assessment I completed.",
            2,
        ),
        (
            "Value for money thinking",
            "I kept the minor adaptations budget within its limit by reissuing returned rails.",
            2,
        ),
    ],
)
def test_the_topics_own_sense_still_counts(criterion: str, statement: str, least: int):
    band, _ = _band(criterion, statement)
    assert band >= least


def test_a_system_named_in_a_cv_label_is_told_by_what_follows() -> None:
    # "Mosaic – ..." is parsed without its label; the label names the system, the line after it
    # tells what it is used for, with particulars, as a CV does
    band, _ = _band(
        "Good IT skills",
        "Systems used:\n- LiquidLogic – support plans, reviews, carers' assessments (weekly)\n"
        "- SharePoint – the team's rota and duty log (daily)",
    )
    assert band >= 2
    # a heading naming a topic is not the applicant's work
    band, _ = _band(
        "Sets challenging performance targets for the team",
        "Team targets: new assessments within 28 days, reviews annually.",
    )
    assert band <= 1
