"""What a dated clause is about, as data: paid or practice work in a role that needs the
qualification, work in a role that does not, or something that is not employment at all.

Each pattern has a stable id (the explanation names it). They are read on the clause that holds
a date, range or duration (the sentence cut at ";", ", and", "but", "while", "whilst").
"""

from __future__ import annotations

# Life, study and volunteering: never years of experience.
NOT_EMPLOYMENT: dict[str, str] = {
    "life-event": r"married|marriage|wedding|divorced|widowed|born|lived|living in|moved to|"
    r"relocated|retired|foster(?:ing|ed)?|adopt(?:ed|ive)|parent(?:ing|hood)?",
    "public-office": r"governor|trustee|councillor|magistrate|school board",
    "volunteering": r"volunteer\w*|unpaid|charity shop|scout\w*|brownie|girl ?guides?|church|"
    r"choir|football|coach(?:ing|ed)? (?:a|the|my)|hobby|allotment",
    "study": r"stud(?:y|ied|ying)|student|university|college|course|degree|bsc|msc|b\.sc|"
    r"diploma|dipcot|dipsw|apprenticeship|placement|dissertation|module|lecture",
    "family-care": r"cared for my|caring for my|looked after my|looking after my|look after my"
    r"|my (?:mother|father|mum|dad|son|daughter|husband|wife|partner|children|child|grandmother"
    r"|grandfather|gran|nan|grandad|granddad|brother|sister|aunt|uncle)",
}
# Job titles that need a professional qualification (what "post-qualifying" counts).
QUALIFIED_ROLES = (
    r"social workers?|occupational therapists?|\bOTs?\b|\bSWs?\b|AMHPs?|approved mental|"
    r"best interests? assessors?|\bBIAs?\b|senior practitioners?|advanced practitioners?|"
    r"practice educators?|consultant social worker|principal (?:social worker|"
    r"occupational therapist)|locum (?:social worker|occupational therapist|OT)|"
    r"qualified|registered|post[- ]?qual(?:if\w*)?\b|post[- ]?registration|\bPQ\b|\bASYE\b|\bNQSW\b"
    # the time since qualifying is the qualified work: "Since qualifying I have worked 0.6 FTE"
    r"|\b(?:since|after|following)\s+qualifying\b"
)
# Job titles that do not (an assistant's years are not post-qualifying).
UNQUALIFIED_ROLES = (
    r"(?:OT|occupational therapy|social work|social care|therapy|rehab\w*)\s+(?:assistants?|"
    r"technicians?|support workers?|students?|apprentices?)|"
    r"assistants?|support workers?|care officers?|care workers?|carers?|care staff|"
    r"technicians?|technical instructors?|trainee|apprentice|\bOTAs?\b|\bHCAs?\b|"
    r"reablement (?:workers?|officers?)|enablement workers?|family support|key workers?|"
    r"residential worker|domiciliary|home care|student|social work assistant|"
    r"community care officer|review officer|care coordinator assistant"
)
# Words that say a clause is about work.
WORK = (
    r"worked|working|work as|employed|employment|employer|job|post|role|position|practi[sc]\w*|"
    r"council|\bCC\b|\bNHS\b|trust\b|\bltd\b|limited|agency|locum|team|service|caseload|"
    r"hospital|department|borough|authority|present|to date|current"
)
# Where a sentence is cut into clauses.
CLAUSE_BREAK = (
    r";|,\s*(?:and|but|while|whilst|although|though|whereas)\b|\bbut\b|\bwhile\b|\bwhilst\b"
    # "six years, possibly a bit more if you count my placements": the aside is its own clause
    r"|,\s*(?:possibly|perhaps|maybe|probably|plus|(?:a bit |slightly |or )?more)\b"
    r"|\bwhereas\b"
    r"|\band (?=I\b|I'm\b|my\b)"
    # a move to other work: "nine years on acute wards before moving to the council's team"
    r"|\b(?:before|after|then)\s+(?:moving|joining|transferring|switching|going)\b"
)
# Work outside health and social care: its years are not relevant experience.
OUT_OF_FIELD = (
    r"retail|supermarket|shop\b|shops\b|tills?\b|checkout|hospitality|restaurant|caf[eé]|pub\b|"
    r"bar staff|barista|call cent(?:re|er)|warehouse|factory|delivery driver|office junior|"
    r"bank(?:ing)?\b|sales assistant|estate agen\w*|hairdress\w*|construction"
)
# Words that keep a clause in the field even beside out-of-field words.
IN_FIELD = (
    r"care|carer|caring|social|health|hospital|nhs|council|reablement|rehab\w*|therap\w*|"
    r"support work\w*|nurs\w*|patients?|clients?|service users?|residents?|safeguarding|"
    r"disab\w*|dementia|mental health|older (?:people|adults)"
)
# Where a criterion asks for years "in social care": settings that are health care only (an NHS
# trust, a hospital ward) are not social care, unless the clause also names a social care one.
HEALTH_ONLY_SETTINGS = (
    r"\bNHS\b|hospital|\bwards?\b|acute (?:medicine|care|trust|unit)|trust\b"
    r"|GP (?:surgery|practice)|primary care|physiotherap\w*|musculoskeletal|orthopaedic"
)
SOCIAL_CARE_SETTINGS = (
    r"social care|social services|council|local authority|\bCC\b|borough|county|reablement"
    r"|care home|residential|domiciliary|home care|supported living|adult services"
)
# The criterion domains that mean social care.
SOCIAL_CARE_DOMAINS = frozenset({"social care", "adult social care"})
# A break in the career stated ("took a five-year career break", "time out of practice"): the
# time since qualifying counts only without it (its length taken off, or, when no length is
# told, not inferred at all); a break denied ("not had a single break from practice") is none.
CAREER_BREAK = (
    r"\bcareer[- ]break|\btime out of (?:practice|work)|\bbreak from (?:practice|work|social work"
    r"|occupational therapy)"
)
# Before the break, in its clause: a denial of it.
BREAK_DENIED = r"\b(?:not|never|no|without)\b[^,;.]{0,25}$|n['’]t\b[^,;.]{0,25}$"
# How far (characters) after the break words its dates may stand ("career break to bring up my
# children, Sept 2017 – Aug 2024"), and its length right before them ("a five-year career break").
BREAK_DATES_REACH = 60
# A return to the work, told with its date ("returned to practice in April 2024", "I returned
# to social work in January 2024"): a start that goes on to now.
RETURNED = (
    r"\b(?:returned|went back|came back)\s+to\s+(?:practice|practise|work|social work"
    r"|occupational therapy|the profession|the register|my (?:post|role|job|career))\b"
)
# Years a group has between its members ("between the four of us we have forty years", "the
# team has more than sixty years between them", "our combined experience"): not the applicant's.
GROUP_TOTAL = (
    r"\bbetween\s+(?:the\s+\w+\s+of\s+)?(?:us|them|you)\b(?!\s+and\b)"
    # "our combined experience", not the applicant's own "a combined six years across two posts"
    r"|\b(?:our|their|the\s+team['’]s)\s+(?:combined|collective|joint|pooled)\b|\bcollectively\b"
)
# Years said of another person, right before the number ("supervised by a team manager with
# over twenty years' experience", "alongside colleagues who have ten years"): theirs. Only after
# a word that puts the person outside the subject ("by", "under", "alongside" ...), so "I am a
# social worker with six years' experience" stays the applicant's.
OTHER_PERSON_YEARS_BEFORE = (
    r"\b(?:by|under|alongside|beside|from|to|for|with|of)\s+(?:(?:a|an|the|my|our|his|her|their"
    r"|two|three|four|several|many|some|one|other)\s+)+(?:[\w-]+\s+){0,2}?(?:{persons})s?"
    r"\s+(?:with|who\s+(?:has|have|had|brings?|brought))\s+$"
)
