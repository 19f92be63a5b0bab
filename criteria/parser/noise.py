"""What is never a criterion, wherever it sits: pay, leave and benefits, contact details,
dates, notes to managers, scoring instructions and keys; and the headings of sections that hold
none (duties, about the role, what we offer, how to apply)."""

from __future__ import annotations

import re

from criteria.parser.text import clean

# A page's footer or number ("... Person Specification - Page 1 of 2"): never a criterion, and
# never the start of another role's specification.
PAGE_FURNITURE = re.compile(
    r"\bpage \d{1,3} of \d{1,3}\s*$|^page \d{1,3}$"
    # a running header: "Council · Adult Social Care · Person Specification: AMHP"
    r"|^[^·|]{2,80}(?:\s[·|]\s+[^·|]{2,80}){2,}$"
    # "Person specification (continued)", "Continued overleaf"
    r"|^(?:[\w ]{0,40}\(continued\)|continued(?: overleaf| on next page)?)$",
    re.I,
)

NOT_CRITERIA: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "pay",
        re.compile(
            r"£\s?\d[\d,.]*k?\s*(?:-|–|to)\s*£?\s?\d|\bsalary\b|\bper annum\b|\bpro rata\b"
            r"|\bpay (?:scale|band|range|award)\b|\bspinal column point|^(?:grade|band)\s*:"
            r"|\bplus (?:market|recruitment|retention) (?:supplement|premium)",
            re.I,
        ),
    ),
    (
        "leave and benefits",
        re.compile(
            r"\bannual leave\b|\bdays(?:['’])? (?:annual )?(?:leave|holiday)\b"
            r"|\bplus bank holidays\b"
            r"|\bpension scheme\b|^benefits\b|\bbenefits (?:include|package)\b|\bwe offer\b"
            r"|\blease car\b|\brelocation (?:package|allowance)\b|\bhybrid working\b"
            r"|\bemployee assistance\b|\bcycle to work\b|\bstaff discounts?\b",
            re.I,
        ),
    ),
    (
        "contact details",
        re.compile(
            r"\b0\d{2,4}[ -]?\d{3}[ -]?\d{3,4}\b|[\w.+-]+@[\w-]+\.[\w.]+|https?://|www\."
            r"|^(?:for (?:more|further) (?:information|details)|for an informal|please contact"
            r"|contact\s*:|to apply\b|how to apply|interested\?)",
            re.I,
        ),
    ),
    (
        "dates",
        re.compile(
            r"^(?:closing date|interviews? (?:will|date|are)|date\s*:|date of|version\b"
            r"|reviewed\b|last updated|updated\s*:|start date"
            r"|(?:role profile|job description|person specification|this (?:document|profile))s?"
            r" (?:approved|reviewed|updated|agreed)\b)"
            # the form's own control line: "Form PS/3 (rev. 04/26). Completed by: Head of OT"
            r"|\brev(?:\.|ised|ision)?\s*\d{1,2}/\d{2,4}\b|\b(?:completed|prepared|owned) by\s*:",
            re.I,
        ),
    ),
    (
        "conditions of the post",
        re.compile(
            r"(?:^|[;.]\s+)(?:this|the) (?:post|role|position|job) (?:is|will be)"
            r" (?:subject to|exempt from)"
            # "All posts in the Council are Welsh Level 1 (courtesy) posts"
            r"|^all (?:posts|roles|jobs|vacancies)\b.{0,60}?\b(?:are|is|will be|require)\b"
            r"|^(?:employer name|employer details|employer address|site|location|hours|contract"
            r"|reference number|job reference|team|reports to|responsible to|accountable to"
            r"|post|(?:job|post|role) title|position|job family|post no\.?|ref\.?"
            r"|directorate|department|service area|post ref(?:erence)?|base)\s*:"
            # "35 hours, permanent", "37 hours per week, fixed term"
            r"|\b\d{1,2}(?:\.\d{1,2})? hours(?: (?:per|a) week)?,? (?:permanent|temporary"
            r"|fixed[- ]term|full[- ]time|part[- ]time)\b"
            # the team or directorate line under a title: "Adult Social Care, Equipment Team"
            r"|^(?-i:(?:[A-Z][\w'’-]*,? (?:(?:and|of|for|the|&) )*){1,9}"
            r"(?:Team|Service|Services|Directorate|Department|Division))$",
            re.I,
        ),
    ),
    (
        "boilerplate",
        re.compile(
            r"\bequal opportunit(?:y|ies) employer\b|\bwelcome applications from\b"
            r"|\bguarantee(?:s|d)? (?:an )?interview\b|\bdisability confident\b"
            r"|\bliving wage employer\b"
            r"|\bwill be (?:checked|verified|seen|requested) (?:at|before|by)\b"
            r"|\b(?:treated|considered) (?:no )?less favourably\b"
            # "Haverleigh is committed to safeguarding and promoting the welfare of children"
            r"|\bis committed to safeguarding\b|\ball appointments are subject to\b"
            # how the table is read, said before it: "Each criterion has a reference made up of
            # ...", "Each criterion carries one to three stars ...", "The table shows what ..."
            r"|^each (?:criterion|requirement) (?:has|carries|is given|is marked)\b"
            r"|^the (?:table|grid|matrix) (?:shows|sets out|lists|below shows)\b"
            # the applicant's declaration: "I confirm that the information in my application is
            # true", "I understand that giving false information may lead to ..."
            r"|^(?:[☐☑☒□■]\s*)?I (?:confirm|declare|certify|understand) that (?:the|all|any|giving)"
            r"\b.{0,60}\b(?:information|false|true|correct|accurate)\b"
            # "These requirements sit outside the PCF but are part of the person specification."
            r"|^(?:these|the following) (?:requirements|criteria) (?:sit|are|fall) outside\b"
            # the Welsh Language Standards' line: "Mae croeso i chi wneud cais yn Gymraeg"
            r"|\bapplications (?:(?:made|submitted) )?in welsh are welcome\b|\bmae croeso i chi\b"
            # how the list is checked, said after it: "We will check the first two from ..."
            r"|^we(?: will|['’]ll) (?:check|verify|ask to see|request|look at)"
            r" (?:the|these|this|it|your)\b"
            # "This is what the person we appoint will bring to the team."
            r"|^this is what (?:the person|we|you)\b"
            # "If you have not yet completed your ASYE please apply for our ASYE programme"
            r"|^if you (?:have not|haven['’]t|do not|don['’]t|are not|aren['’]t)\b.{0,120}"
            r"\b(?:please|you (?:can|should|may))\b"
            r"|\b(?:cannot|will not|can not) be shortlisted\b"
            r"|^(?:applicants|candidates) (?:awaiting|who are|will be considered|are (?:welcome"
            r"|encouraged))",
            re.I,
        ),
    ),
    (
        "notes and keys",
        re.compile(
            r"^=\s"  # "* = assessed at shortlisting", its symbol taken for a bullet
            r"|^(?:notes?|n\.\s?b\.?|key|legend|guidance|refs?|references|codes)"
            r"\s*(?::|-|–|for\b|to\b)"
            # two definitions anywhere in the line: "... E = essential, D = desirable"
            r"|\b[A-Z]{1,4}\s*=\s*[A-Za-z][^=]{0,40}\b[A-Z]{1,4}\s*=\s*[A-Za-z]"
            # "AF - application form; INT - interview"
            r"|(?-i:^[A-Z]{1,4}\s+[-–]\s+[a-z][\w ]{2,40};\s*[A-Z]{1,4}\s+[-–]\s+[a-z])"
            # the same after the key's label: "Assessed via: AF – application form; I – ..."
            r"|(?-i:^[A-Z][\w ]{2,30}:\s+[A-Z]{1,4}\s+[-–=]\s+[a-z][^;]{2,80};"
            r"\s*[A-Z]{1,4}\s+[-–=]\s)"
            r"|^(?:key|legend|key to (?:assessment|codes|abbreviations))$"
            r"|\bnotes? (?:for|to) (?:managers|recruiting managers|panel|the panel)\b"
            r"|^\d[.)]?\s+(?:are|is|=)\s+(?:essential|desirable)\b"
            r"|^(?:criteria|requirements|(?:each|every) (?:criterion|requirement)"
            r"|these (?:criteria|requirements)) (?:are|will be|is) (?:scored|weighted"
            r"|marked|assessed|used)\b|\bscored \d\s*(?:-|–|to)\s*\d\b"
            # "Shortlisting is based on the application form only."
            r"|^shortlisting (?:is|will be) (?:based on|carried out|done|on)\b"
            # "The Additional column tells you what would give you an advantage"
            r"|\b(?:the )?(?:minimum|additional|essential|desirable|last|first|right-hand"
            r"|left-hand) column (?:tells|says|shows|lists)\b"
            r"|\bin the (?:minimum|essential) column\b"
            # "This person specification covers both grades of ..."
            r"|^(?:this|the) (?:person specification|specification|job description|role profile"
            r"|document) (?:covers|applies to|is for|sets out|describes|lists|should be read)\b"
            # a key: "E = Essential D = Desirable"
            r"|^[A-Z]{1,4}\s*=\s*[A-Za-z][^=]{0,40}\b[A-Z]{1,4}\s*=\s*[A-Za-z]"
            r"|^(?:points|criteria|items|requirements|those) marked\b"
            r"|^(?:only )?(?:applicants|candidates) who\b.{0,120}\bwill be (?:shortlisted|invited)",
            re.I,
        ),
    ),
    ("page furniture", PAGE_FURNITURE),
)

# Headings of sections that hold no criteria.
NON_CRITERIA_SECTION = re.compile(
    r"^(?:(?:main|key|principal|general|specific) )?(?:duties|responsibilities|accountabilities)"
    r"|^duties and responsibilities|^(?:job|main|overall) purpose|^purpose of the (?:job|post|role)"
    r"|^(?:applicant(?:'s|’s)? )?declaration\s*:?$"
    r"|^about (?:the|this) (?:role|post|job|team|service)|^about us\b"
    r"|^what (?:we|you'll get|you will get) (?:offer|get|can offer)|^what we offer|^benefits\b"
    r"|^our offer|^why (?:join|work)|^why (?:choose )?[A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*)?\s*\??$"
    r"|^(?:assignment|vacancy|role|post|job) details$"
    r"|^what you(?:'ll| will) (?:do|be doing)|^your role\b|^key (?:tasks|activities)"
    r"|^a day in the life|^how to apply|^the role\b|^the team\b|^working (?:for|at|with) us"
    r"|^role (?:summary|purpose)|^(?:employer details|about the employer|about the trust)",
    re.I,
)


# A line worded as a requirement ("Willingness to work ... bank holidays") is judged only on
# pay and contact details, never on words it shares with benefits or notes.
REQUIREMENT_START = re.compile(
    r"^(?:ability|able|experience|knowledge|understanding|awareness|willing(?:ness)?|commitment"
    r"|evidence|demonstrable|proven|good|excellent|strong|a (?:full|current|valid|recognised)"
    r"|full|current|registered|registration|degree|diploma|qualified)\b",
    re.I,
)


# The label of a field in the details table above a specification ("Reports to | Team
# Manager"): neither the label nor its value is a criterion.
FIELD_LABEL = re.compile(
    r"^(?:(?:job|post|role|position) title|title|grade|band|pay band|grade/band|directorate"
    r"|department|service(?: area)?|division|team|unit|section|reports to|responsible to"
    r"|accountable to|line manager|location|base|work base|hours|contract(?: type)?"
    r"|(?:role profile|job|post|vacancy) (?:reference|ref\.?|number|no\.?)|reference|ref\.?"
    r"|post number|evaluation (?:id|number)|job family|date(?: of issue)?|version|client|rate"
    r"|duration|consultant|recruiter|start|salary|pay)\s*:?$",
    re.I,
)


def not_a_criterion(text: str) -> str | None:
    """Why this text is not a criterion (pay, leave and benefits, ...), or None."""
    cleaned = clean(text)
    worded_as_requirement = bool(REQUIREMENT_START.match(cleaned))
    for reason, pattern in NOT_CRITERIA:
        if worded_as_requirement and reason not in {"pay", "contact details"}:
            continue
        if pattern.search(cleaned):
            return reason
    return None


def starts_non_criteria_section(text: str) -> bool:
    cleaned = clean(text).rstrip(":?").strip()
    cleaned = re.sub(r"^\d{1,2}(?:\.\d{1,2})?[.)]?\s+(?=[A-Z])", "", cleaned)  # "6. How to apply"
    return len(cleaned.split()) <= 8 and bool(NON_CRITERIA_SECTION.match(cleaned))
